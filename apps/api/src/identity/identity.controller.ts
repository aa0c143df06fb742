import { Controller, Get, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AgencyDirectory, IdentityVault, toCaseEvent } from '@rujukan/application';
import {
  caseStreamName,
  caseViewFor,
  foldCase,
  IDENTITY_FIELDS,
  IDENTITY_READ_REASONS,
  initialState,
  relationshipOf,
  type IdentityField,
  type IdentityReadReason,
} from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { AccessLogQueries } from '@rujukan/read-models';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { RequestValidationError } from '../errors/api-error.js';
import { notFound } from '../http/read-answers.js';

/**
 * The victim's identity, opened for the caller only as far as it may see it now: the owner all of it,
 * a receiving agency what its service needs while the victim's consent (or an override) stands. It is
 * decided on the case's events, not on a read model, so a withdrawn consent takes effect at once.
 */
@ApiTags('cases')
@Authenticated()
@Controller('cases')
export class IdentityController {
  constructor(
    private readonly store: EventStore,
    private readonly vault: IdentityVault,
    private readonly accessLog: AccessLogQueries,
    private readonly directory: AgencyDirectory,
  ) {}

  @Get(':id/identity')
  @RequirePermission('identity.read')
  @ApiOperation({ summary: "The victim's identity fields the caller's agency may see now; every read is recorded" })
  @ApiOkResponse({ description: '`fields` opened, `withheld` the names of the others, `basis` owner/consent/override, `erased` after erasure' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: no such case, or not one the caller may see' })
  @ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN`: the role does not read cases' })
  @ApiQuery({
    name: 'reason',
    required: false,
    enum: IDENTITY_READ_REASONS,
    description: 'Why the identity is opened, recorded in the access log (the console always asks): a code from the list, never free text',
  })
  @ApiBadRequestResponse({ description: '`VALIDATION.FAILED`: `reason` is not one of the listed codes' })
  async identity(@Param('id', new ParseUUIDPipe()) caseId: string, @Req() request: AuthenticatedRequest, @Query('reason') reasonParam?: unknown) {
    const { actor } = request;
    const reason = readReason(reasonParam);
    const state = foldCase((await this.store.readStream(caseStreamName(caseId))).map(toCaseEvent), initialState);
    if (!state.exists) throw notFound(caseId);
    // The caller's own relationship to the case decides, as for the summary: never another agency's referral; and its
    // type in the directory now, so that a type a request once declared shares nothing the directory's type would not.
    const directoryType = (await this.directory.resolve([actor.agency]))[actor.agency]?.type;
    const caseView = caseViewFor(actor, relationshipOf(state, actor.agency, directoryType), state.identityErased);
    if (!caseView.access) throw notFound(caseId);
    const view = { erased: state.identityErased, basis: caseView.identityBasis, fields: caseView.identityFields };
    const sealed = state.victim?.identity ?? {};
    const present = IDENTITY_FIELDS.filter((f) => sealed[f] !== undefined);
    const shown: IdentityField[] = view.erased ? [] : present.filter((f) => view.fields.includes(f));
    // Recorded before anything is opened: a read that cannot be recorded is not served.
    await this.accessLog.record({
      actor: actor.userId,
      role: actor.role,
      agency: actor.agency,
      action: 'identity.read',
      caseId,
      reason,
      channel: 'http',
      detail: { fields: shown, basis: view.basis },
    });
    const opened = shown.length > 0 ? await this.vault.open(caseId, sealed, shown) : {};
    const erased = view.erased || opened === 'erased';
    return {
      caseId,
      erased,
      basis: erased ? null : view.basis,
      fields: opened === 'erased' || erased ? {} : opened,
      withheld: erased ? present : present.filter((f) => !shown.includes(f)),
    };
  }
}

function readReason(value: unknown): IdentityReadReason | null {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string' && (IDENTITY_READ_REASONS as readonly string[]).includes(value)) return value as IdentityReadReason;
  throw new RequestValidationError([{ field: 'reason', reason: `reason must be one of ${IDENTITY_READ_REASONS.join(', ')}` }]);
}
