import { Controller, Get, Headers, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { collectSimfoniExport, IdentityVault, simfoniCsv } from '@rujukan/application';
import { EventStore } from '@rujukan/event-store';
import {
  AccessLogQueries,
  DirectoryQueries,
  HTCDS_K,
  htcdsCsv,
  htcdsRelease,
  HtcdsExportQueries,
  PROJECTION,
  SimfoniCandidateQueries,
  suppressionHeaders,
} from '@rujukan/read-models';
import { freshnessHeaders, ReadModelFreshness } from '../queries/read-model-freshness.js';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { RequestValidationError } from '../errors/api-error.js';
import { setHeaders, type HeaderSink } from '../http/read-answers.js';
import { dateParam } from '../http/time-params.js';
import { regionParam, scopeOfAgency } from '../stats/stats-scope.js';

const FORMATS = ['json', 'csv'] as const;
const KNOWN = new Set(['format', 'province', 'district']);
const SIMFONI_KNOWN = new Set(['format', 'from', 'to', 'minPosition']);

/**
 * Data that leaves Rujukan in the international standard: de-identified case records in HTCDS field names, k-anonymous
 * (k = 11, as the CTDC publishes) within the caller's region, with the share of records suppressed (docs/exports.md).
 */
@ApiTags('exports')
@Authenticated()
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: HtcdsExportQueries,
    private readonly directory: DirectoryQueries,
    private readonly simfoniCandidates: SimfoniCandidateQueries,
    private readonly store: EventStore,
    private readonly vault: IdentityVault,
    private readonly accessLog: AccessLogQueries,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Get('simfoni')
  @RequirePermission('exports.simfoni')
  @ApiOperation({
    summary:
      'Identified records for SIMFONI-PPA of the cases the caller’s agency owns whose victim consented to the national system (consent scope national_system); each record read is in the access log',
  })
  @ApiQuery({ name: 'format', required: false, enum: FORMATS, description: 'json (default: records, columns, notMapped, leftOut) or csv' })
  @ApiQuery({ name: 'from', required: false, description: 'Identified on or after (YYYY-MM-DD, WIB)' })
  @ApiQuery({ name: 'to', required: false, description: 'Identified on or before (YYYY-MM-DD, WIB)' })
  @ApiOkResponse({
    description: 'records in SIMFONI’s case form order, the source of the field list, the fields not mapped, and how many cases were left out and why',
  })
  @ApiForbiddenResponse({ description: '`AUTH.FORBIDDEN` for roles other than supervisors (of the owning agency: other agencies’ cases are never considered)' })
  async simfoni(
    @Req() request: AuthenticatedRequest,
    @Query() query: Record<string, string | undefined>,
    @Res({ passthrough: true }) response: HeaderSink,
    @Headers('x-min-position') minHeader?: string,
  ) {
    const unknown = Object.keys(query).filter((name) => !SIMFONI_KNOWN.has(name));
    if (unknown.length > 0) throw new RequestValidationError(unknown.map((field) => ({ field, reason: `${field} is not a parameter of this export` })));
    const format = query.format || 'json';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new RequestValidationError([{ field: 'format', reason: `format must be one of ${FORMATS.join(', ')}` }]);
    const from = dateParam('from', query.from);
    const to = dateParam('to', query.to);
    if (from !== null && to !== null && from > to) throw new RequestValidationError([{ field: 'to', reason: 'to must not be before from' }]);
    const fresh = await this.freshness.waitFor([PROJECTION.caseSummary, PROJECTION.statisticsCases], this.freshness.requested(minHeader, query.minPosition));
    setHeaders(response, freshnessHeaders(fresh));
    const candidates = await this.simfoniCandidates.candidates(request.actor.agency, from, to);
    const data = await collectSimfoniExport(this.store, this.vault, this.accessLog, { actor: request.actor, channel: 'http' }, candidates);
    setHeaders(response, { 'Cache-Control': 'no-store' });
    if (format === 'json') return { agency: request.actor.agency, filters: { from, to }, ...data };
    response.header('Content-Disposition', `attachment; filename="simfoni-${request.actor.agency}.csv"`);
    return new StreamableFile(simfoniCsv(data.records), { type: 'text/csv; charset=utf-8' });
  }

  @Get('htcds')
  @RequirePermission('exports.read')
  @ApiOperation({
    summary: `De-identified case records of the caller’s whole region in HTCDS field names, k-anonymous with k = ${HTCDS_K} on year, gender, majority status, nationality and country of exploitation, as a release: the history up to the end of the last complete quarter (WIB)`,
  })
  @ApiQuery({
    name: 'format',
    required: false,
    enum: FORMATS,
    description: 'json (default: records with a `suppression` block) or csv (the suppression in X-Export-* headers)',
  })
  @ApiQuery({ name: 'province', required: false, description: 'The caller’s own province (the default); a narrower region is refused (400)' })
  @ApiQuery({ name: 'district', required: false, description: 'The caller’s own district (the default); a narrower region is refused (400)' })
  @ApiOkResponse({
    description:
      'release (the quarter it runs to, and why there is no custom period: exports over overlapping periods or regions can be differenced), records, suppression (k, records, published, withSuppressedValues, dropped, suppressedShare), columns and the fields not mapped',
  })
  @ApiForbiddenResponse({
    description: '`AUTH.FORBIDDEN` for roles other than task-force analysts and auditors; `STATS.OUT_OF_SCOPE` for a region outside the caller’s',
  })
  async htcds(@Req() request: AuthenticatedRequest, @Query() query: Record<string, string | undefined>, @Res({ passthrough: true }) response: HeaderSink) {
    const unknown = Object.keys(query).filter((name) => !KNOWN.has(name));
    if (unknown.length > 0) {
      throw new RequestValidationError(
        unknown.map((field) => ({
          field,
          reason:
            field === 'from' || field === 'to'
              ? `${field}: an HTCDS export is a release (the history up to the end of the last complete quarter), never a custom period: overlapping periods could be subtracted from each other`
              : `${field} is not a parameter of this export`,
        })),
      );
    }
    const format = query.format || 'json';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new RequestValidationError([{ field: 'format', reason: `format must be one of ${FORMATS.join(', ')}` }]);
    const scope = await scopeOfAgency(this.directory, request.actor.agency);
    const region = regionParam(query, scope);
    // The caller's whole region only: a narrower one inside it could be subtracted from the whole (docs/exports.md).
    const whole =
      scope.level === 'national' ? { province: null, district: null } : scope.level === 'province' ? { province: scope.code, district: null } : null;
    if (whole !== null && (region.province !== whole.province || region.district !== whole.district)) {
      throw new RequestValidationError([
        {
          field: region.district !== whole.district ? 'district' : 'province',
          reason: `an HTCDS export covers the caller's whole region (${scope.level}${scope.code ? ` ${scope.code}` : ''}): a region inside it could be subtracted from it`,
        },
      ]);
    }
    const release = htcdsRelease(new Date());
    const data = await this.exports.htcds({ ...region, from: null, to: release.to });
    if (format === 'json') return { scope, release, ...data };
    setHeaders(response, { ...suppressionHeaders(data.suppression), 'X-Export-Release': release.release, 'X-Export-Release-To': release.to });
    response.header('Content-Disposition', `attachment; filename="htcds-${region.district ?? region.province ?? 'nasional'}.csv"`);
    return new StreamableFile(htcdsCsv(data.records), { type: 'text/csv; charset=utf-8' });
  }
}
