import { randomUUID } from 'node:crypto';
import { applyDecorators, Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AgencyDirectory, ConcurrentUpdateError, derivedUuid, executeMouCommand, type CommandContext } from '@rujukan/application';
import { RecordMouDto, RenewMouDto, TerminateMouDto } from '@rujukan/commands';
import { DomainError, isIsoDate, isProvinceCode, type MouCommand } from '@rujukan/domain';
import { CommandClaimConflictError, EventStore } from '@rujukan/event-store';
import { MouQueries, PROJECTION } from '@rujukan/read-models';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { ApiError, RequestValidationError } from '../errors/api-error.js';
import { requestFingerprint } from '../http/request-fingerprint.js';
import { setHeaders, type HeaderSink } from '../http/read-answers.js';
import { freshnessHeaders, ReadModelFreshness } from '../queries/read-model-freshness.js';

export class MouCommandResponseDto {
  @ApiProperty({ format: 'uuid' }) mouId!: string;
  @ApiProperty({ description: 'Revision of the MoU stream after the command' }) revision!: number;
  @ApiProperty({ example: '1042-7', description: 'Global position of the last event written; pass it as X-Min-Position to read your own write' })
  position!: string;
}

const WRITE_ERRORS = applyDecorators(
  ApiForbiddenResponse({
    description:
      '`AUTH.FORBIDDEN`: not a coordinator, a province task force recording an MoU its province is no party to (`mou_party`), or not the recorder (`mou_owner`)',
  }),
  ApiNotFoundResponse({ description: '`MOU.NOT_FOUND`' }),
  ApiConflictResponse({ description: '`MOU.ALREADY_EXISTS`, `MOU.TERMINATED`, `MOU.CONCURRENT_UPDATE`' }),
  ApiUnprocessableEntityResponse({
    description: '`AGENCY.UNKNOWN`, `AGENCY.INACTIVE`, `AGENCY.WRONG_TYPE`: the directory refuses an agency named; `IDEMPOTENCY.KEY_REUSED`',
  }),
);

const EXAMPLES = {
  record: {
    kaltimKaltara: {
      summary: 'Kaltim and Kaltara with BP2MI Nunukan (illustrative)',
      value: {
        reference: 'ILUSTRASI/119/2024',
        title: 'Kerja sama penanganan dan pemulangan korban TPPO Kaltim–Kaltara',
        provinces: ['64', '65'],
        agencies: ['BP3MI-NUNUKAN'],
        scopes: ['case_transfer', 'repatriation'],
        signedOn: '2024-05-02',
        expiresOn: '2029-05-01',
        illustrative: true,
      },
    },
  },
  renew: { renew: { summary: 'Five more years', value: { expiresOn: '2034-05-01', reference: 'Adendum 1' } } },
  terminate: { terminate: { summary: 'Ended', value: { terminatedOn: '2025-03-01', note: 'diganti MoU baru' } } },
};

const HEADER_VALUE = /^[A-Za-z0-9._:-]{1,100}$/;

function header(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !HEADER_VALUE.test(value))
    throw new RequestValidationError([{ field: `header ${name}`, reason: 'must be 1-100 letters, digits, . _ : -' }]);
  return value;
}

/** The day each MoU's status is told for: `?asOf=YYYY-MM-DD`, else today (UTC). */
function asOfDay(value: unknown): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!isIsoDate(value)) throw new RequestValidationError([{ field: 'asOf', reason: 'asOf must be a date YYYY-MM-DD' }]);
  return value;
}

function provinceOf(value: unknown): string | null {
  if (value === undefined) return null;
  if (!isProvinceCode(value)) throw new RequestValidationError([{ field: 'province', reason: 'province must be a 2-digit Kemendagri province code' }]);
  return value;
}

/**
 * The MoU register: MoUs between provinces (and with other agencies), each written as commands on its own stream so
 * its history is in the audit chain, read from the mous read model. Coordinators keep it; it holds no victim data,
 * so every reader reads all of it.
 */
@ApiTags('mous')
@Authenticated()
@Controller('mous')
export class MousController {
  constructor(
    private readonly store: EventStore,
    private readonly directory: AgencyDirectory,
    private readonly mous: MouQueries,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('mou.manage')
  @ApiOperation({ summary: 'Record an MoU: parties, scope, signed and expiry dates, document', description: 'Command `RecordMou`.' })
  @ApiCreatedResponse({ type: MouCommandResponseDto })
  @ApiBody({ type: RecordMouDto, examples: EXAMPLES.record })
  @WRITE_ERRORS
  record(@Body() body: RecordMouDto, @Req() request: AuthenticatedRequest) {
    const context = this.context(request, { type: 'RecordMou', body });
    return this.run({ type: 'RecordMou', data: { mouId: derivedUuid(context.commandId, 'mou'), ...body } }, context);
  }

  @Post(':id/renew')
  @HttpCode(201)
  @RequirePermission('mou.manage')
  @ApiOperation({ summary: "Renew an MoU: its new expiry (none: no end date) and the addendum's reference", description: 'Command `RenewMou`.' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The MoU id' })
  @ApiCreatedResponse({ type: MouCommandResponseDto })
  @ApiBody({ type: RenewMouDto, examples: EXAMPLES.renew })
  @WRITE_ERRORS
  renew(@Param('id') mouId: string, @Body() body: RenewMouDto, @Req() request: AuthenticatedRequest) {
    return this.run({ type: 'RenewMou', data: { mouId: uuidOf(mouId), ...body } }, this.context(request, { type: 'RenewMou', mouId, body }));
  }

  @Post(':id/terminate')
  @HttpCode(201)
  @RequirePermission('mou.manage')
  @ApiOperation({ summary: 'Terminate an MoU from a day', description: 'Command `TerminateMou`.' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The MoU id' })
  @ApiCreatedResponse({ type: MouCommandResponseDto })
  @ApiBody({ type: TerminateMouDto, examples: EXAMPLES.terminate })
  @WRITE_ERRORS
  terminate(@Param('id') mouId: string, @Body() body: TerminateMouDto, @Req() request: AuthenticatedRequest) {
    return this.run({ type: 'TerminateMou', data: { mouId: uuidOf(mouId), ...body } }, this.context(request, { type: 'TerminateMou', mouId, body }));
  }

  @Get()
  @RequirePermission('mou.read')
  @ApiOperation({ summary: 'The MoU register, or the MoUs binding one province, with each status on a day' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD: the day each status is told for (default today)' })
  @ApiQuery({ name: 'province', required: false, description: 'Only MoUs binding this province (Kemendagri code)' })
  @ApiOkResponse({ description: '{ asOf, mous: [...] }' })
  async list(
    @Res({ passthrough: true }) response: HeaderSink,
    @Query('asOf') asOf?: string,
    @Query('province') province?: string,
    @Headers('x-min-position') minHeader?: string,
    @Query('minPosition') minQuery?: unknown,
  ) {
    const day = asOfDay(asOf);
    const provinceCode = provinceOf(province);
    await this.fresh(response, minHeader, minQuery);
    return { asOf: day, mous: await this.mous.mous(day, provinceCode) };
  }

  @Get(':id')
  @RequirePermission('mou.read')
  @ApiOperation({ summary: 'One MoU of the register' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The MoU id' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD: the day its status is told for (default today)' })
  @ApiOkResponse({ description: 'The MoU' })
  @ApiNotFoundResponse({ description: '`MOU.NOT_FOUND`' })
  async view(
    @Param('id') mouId: string,
    @Res({ passthrough: true }) response: HeaderSink,
    @Query('asOf') asOf?: string,
    @Headers('x-min-position') minHeader?: string,
    @Query('minPosition') minQuery?: unknown,
  ) {
    const day = asOfDay(asOf);
    const id = uuidOf(mouId);
    await this.fresh(response, minHeader, minQuery);
    const mou = await this.mous.mou(id, day);
    if (!mou) throw new DomainError('MOU.NOT_FOUND', `MoU ${id} is not in the register`, { mouId: id });
    return { asOf: day, ...mou };
  }

  private async fresh(response: HeaderSink, minHeader: string | undefined, minQuery: unknown): Promise<void> {
    const fresh = await this.freshness.waitFor([PROJECTION.mous], this.freshness.requested(minHeader, minQuery));
    setHeaders(response, freshnessHeaders(fresh));
  }

  private context(request: AuthenticatedRequest, asked: object): CommandContext {
    const key = header(request, 'idempotency-key');
    return {
      actor: request.actor,
      commandId: key === undefined ? randomUUID() : derivedUuid('mou-command', request.actor.userId, key),
      correlationId: header(request, 'x-correlation-id') ?? randomUUID(),
      now: new Date().toISOString(),
      ...(key !== undefined && { fingerprint: requestFingerprint(asked) }),
    };
  }

  private async run(command: Omit<MouCommand, 'metadata'>, context: CommandContext) {
    const full = { ...command, metadata: { actor: context.actor, now: context.now } } as MouCommand;
    try {
      return await executeMouCommand(this.store, this.directory, full, context);
    } catch (error) {
      if (error instanceof CommandClaimConflictError) {
        throw new ApiError(422, 'IDEMPOTENCY.KEY_REUSED', 'this Idempotency-Key was used for a different request');
      }
      if (error instanceof ConcurrentUpdateError) {
        throw new DomainError('MOU.CONCURRENT_UPDATE', 'the MoU changed while the command was decided; read it again and retry', { mouId: error.caseId });
      }
      throw error;
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An MoU id is a uuid (the read model's key): anything else is a 400 naming the field, never a failed query. */
function uuidOf(value: string): string {
  if (!UUID.test(value)) throw new RequestValidationError([{ field: 'id', reason: 'id must be a uuid' }]);
  return value.toLowerCase();
}
