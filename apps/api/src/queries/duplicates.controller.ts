import { applyDecorators, Body, Controller, Get, Headers, Param, ParseUUIDPipe, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DuplicateDecisionDto } from '@rujukan/commands';
import { DomainError } from '@rujukan/domain';
import { PossibleDuplicatesQueries, PROJECTION } from '@rujukan/read-models';
import { freshnessHeaders, ReadModelFreshness } from './read-model-freshness.js';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { integerParam, MIN_POSITION_DOCS, setHeaders, type HeaderSink } from '../http/read-answers.js';

/**
 * Possible duplicates found at registration (the same NIK, or the same name and birth year, by blind index), for the
 * supervisors of the agencies owning either case: of the other case only its registration number and whom to call.
 */
@ApiTags('duplicates')
@Authenticated()
@Controller('duplicates')
export class DuplicatesController {
  constructor(
    private readonly duplicates: PossibleDuplicatesQueries,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Get()
  @RequirePermission('duplicates.read')
  @ApiOperation({ summary: "Possible duplicates of the agency's cases: its own case, the other case's number and owning agency, the decision" })
  @ApiOkResponse({ description: '`{ duplicates: [...] }`, newest first' })
  @ApiQuery({ name: 'limit', required: false, description: '1-100, default 50' })
  @ApiQuery({ name: 'offset', required: false, description: '0-100000' })
  @applyDecorators(...MIN_POSITION_DOCS)
  async list(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: HeaderSink,
    @Headers('x-min-position') minHeader?: string,
    @Query('minPosition') minQuery?: string,
    @Query('limit') limit?: string,
    @Query('offset') offset?: string,
  ) {
    const page = { limit: integerParam('limit', limit, 50, 1, 100), offset: integerParam('offset', offset, 0, 0, 100_000) };
    // The owners of both cases come from the case summaries: a match found by the last command waits for them.
    setHeaders(response, freshnessHeaders(await this.freshness.waitFor([PROJECTION.caseSummary], this.freshness.requested(minHeader, minQuery))));
    return { duplicates: await this.duplicates.forAgency(request.actor.agency, page) };
  }

  @Put(':id/decision')
  @RequirePermission('duplicates.decide')
  @ApiBody({
    type: DuplicateDecisionDto,
    examples: {
      notSame: { summary: 'Called the other agency: two different people', value: { decision: 'not_same_person' } },
      linked: { summary: 'One person: the two agencies work on her together', value: { decision: 'linked' } },
    },
  })
  @ApiOperation({ summary: 'Mark a possible duplicate as the same person (linked) or not; either agency’s supervisor, the later word stands' })
  @ApiNotFoundResponse({ description: '`DUPLICATE.NOT_FOUND`: no such match concerning a case of the caller’s agency' })
  async decide(@Param('id', new ParseUUIDPipe()) matchId: string, @Body() body: DuplicateDecisionDto, @Req() request: AuthenticatedRequest) {
    const decided = await this.duplicates.decide(matchId, request.actor.agency, body.decision, request.actor.userId, new Date());
    if (!decided) throw new DomainError('DUPLICATE.NOT_FOUND', `possible duplicate ${matchId} not found`, { matchId });
    return { matchId, decision: body.decision };
  }
}
