import { Controller, Get, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentityVault, toCaseEvent } from '@rujukan/application';
import { caseStreamName, foldCase, identityViewFor, IDENTITY_FIELDS, initialState, type IdentityField } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { recordAccess } from '@rujukan/read-models';
import { DataSource } from 'typeorm';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { notFound } from '../queries/case-queries.controller.js';

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
    private readonly dataSource: DataSource,
  ) {}

  @Get(':id/identity')
  @RequirePermission('identity.read')
  @ApiOperation({ summary: "The victim's identity fields the caller's agency may see now; every read is recorded" })
  @ApiOkResponse({ description: '`fields` opened, `withheld` the names of the others, `basis` owner/consent/override, `erased` after erasure' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: no such case, or not one the caller may see' })
  @ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN`: the role does not read cases' })
  async identity(@Param('id', new ParseUUIDPipe()) caseId: string, @Req() request: AuthenticatedRequest) {
    const { actor } = request;
    const state = foldCase((await this.store.readStream(caseStreamName(caseId))).map(toCaseEvent), initialState);
    if (!state.exists) throw notFound(caseId);
    const everInvolved =
      state.ownerAgency === actor.agency ||
      Object.values(state.transfers).some((t) => t.fromAgency === actor.agency && t.status === 'accepted') ||
      Object.values(state.referrals).some((r) => r.toAgency === actor.agency);
    if (!everInvolved) throw notFound(caseId);
    const view = identityViewFor(state, actor.agency);
    const sealed = state.victim?.identity ?? {};
    const present = IDENTITY_FIELDS.filter((f) => sealed[f] !== undefined);
    const shown: IdentityField[] = view.erased ? [] : present.filter((f) => view.fields.includes(f));
    // Recorded before anything is opened: a read that cannot be recorded is not served.
    await recordAccess(this.dataSource, {
      actor: actor.userId,
      role: actor.role,
      agency: actor.agency,
      action: 'identity.read',
      caseId,
      reason: null,
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
