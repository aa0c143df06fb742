import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyDirectory, loadGeodata, toCaseEvent } from '@rujukan/application';
import { caseStreamName, foldCase } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { APP_CONFIG, mintDevelopmentToken, type AppConfig } from '@rujukan/platform';
import { DirectoryQueries, PortQueries } from '@rujukan/read-models';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { ApiError, RequestValidationError } from '../errors/api-error.js';
import { notFound } from '../http/read-answers.js';
import { agenciesOfCase, availableActions, hasClaim } from './case-actions.js';
import { DevelopmentUsers } from './development-users.js';
import { DevSignInDto } from './web-console.dto.js';

const DEV_TOKEN_HOURS = 8;

/** Development sign-in mints the CLI's HS256 token: only when AUTH_DEV_SIGN_IN=true, never in production, never with a provider's JWKS. */
export const developmentSignInAllowed = (config: AppConfig): boolean =>
  config.AUTH_DEV_SIGN_IN && config.NODE_ENV !== 'production' && !config.AUTH_JWKS_URL && !!config.AUTH_JWT_SECRET;

function refuseInProduction(config: AppConfig): void {
  if (!developmentSignInAllowed(config)) {
    throw new ApiError(403, 'AUTH.DEV_SIGN_IN_DISABLED', 'development sign-in is off (AUTH_DEV_SIGN_IN): sign in through the identity provider');
  }
}

/** What the web console needs from the server besides the API every client uses: how to sign in. */
@ApiTags('web console')
@Controller()
export class WebConsoleController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directoryRecords: DirectoryQueries,
    private readonly developmentUsers: DevelopmentUsers,
  ) {}

  @Get('web-config')
  @ApiOperation({ summary: 'How the console signs in: development sign-in (only with AUTH_DEV_SIGN_IN=true) or the OpenID Connect provider' })
  webConfig() {
    const { OIDC_ISSUER_URL: issuer, OIDC_CLIENT_ID: clientId, OIDC_SCOPE: scope } = this.config;
    return {
      developmentSignIn: developmentSignInAllowed(this.config),
      oidc: issuer && clientId ? { issuer, clientId, scope } : null,
    };
  }

  @Get('auth/dev-sign-in/agencies')
  @ApiOperation({ summary: 'Development only: the agencies of the directory to sign in as' })
  @ApiForbiddenResponse({ description: '`AUTH.DEV_SIGN_IN_DISABLED` unless AUTH_DEV_SIGN_IN=true' })
  async devAgencies() {
    refuseInProduction(this.config);
    return { agencies: await this.directoryRecords.activeAgencies() };
  }

  @Post('auth/dev-sign-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'Development only: a bearer token for an agency of the directory and a role, the same as `cli token`' })
  @ApiOkResponse({ description: '{ token, actor, expiresAt }' })
  @ApiForbiddenResponse({ description: '`AUTH.DEV_SIGN_IN_DISABLED` unless AUTH_DEV_SIGN_IN=true' })
  async devSignIn(@Body() body: DevSignInDto) {
    refuseInProduction(this.config);
    const known = await this.directoryRecords.agencyStatus(body.agency);
    if (known === 'unknown') throw new RequestValidationError([{ field: 'agency', reason: 'agency must be an agency of the directory' }]);
    if (known === 'inactive') throw new RequestValidationError([{ field: 'agency', reason: 'agency no longer acts in the directory' }]);
    const actor = { userId: body.userId, role: body.role, agency: body.agency };
    await this.developmentUsers.record(actor);
    const token = await mintDevelopmentToken(this.config, { ...actor, ttl: `${DEV_TOKEN_HOURS}h` });
    return { token, actor, expiresAt: new Date(Date.now() + DEV_TOKEN_HOURS * 3600_000).toISOString() };
  }
}

/** Read-only help for the console's forms and buttons, behind the same token and permission matrix as every route. */
@ApiTags('web console')
@Authenticated()
@Controller()
export class ConsoleQueriesController {
  constructor(
    private readonly directoryRecords: DirectoryQueries,
    private readonly store: EventStore,
    private readonly directory: AgencyDirectory,
    private readonly portList: PortQueries,
  ) {}

  @Get('agencies')
  @RequirePermission('agencies.read')
  @ApiOperation({ summary: 'The agencies of the directory (code, name, type): where referrals and transfers can go' })
  async agencies() {
    return { agencies: await this.directoryRecords.activeAgencies() };
  }

  @Get('ports')
  @RequirePermission('agencies.read')
  @ApiOperation({
    summary:
      'The ports, airports and land crossings a transit point is recorded by (code, name, kind, country, province): the shipped list (data/ports) and those administrators added',
  })
  @ApiOkResponse({ description: '{ ports: [{ code, name, kind, country, provinceCode, districtCode }] }' })
  async ports() {
    const shipped = loadGeodata().ports;
    const codes = new Set(shipped.map((p) => p.code));
    const added = (await this.portList.added()).filter((p) => !codes.has(p.code));
    return {
      ports: [...shipped, ...added].map(({ code, name, kind, country, provinceCode, districtCode }) => ({
        code,
        name,
        kind,
        country,
        provinceCode,
        districtCode,
      })),
    };
  }

  @Get('cases/:id/actions')
  @RequirePermission('case.read')
  @ApiOperation({ summary: "The commands the caller may run on this case now, as the domain's decide answers them, and those its state blocks, with why" })
  @ApiOkResponse({ description: '{ caseId, revision, actions: [{ command, targets?, prefill? }], blocked: [{ command, code, message, details }] }' })
  @ApiNotFoundResponse({ description: '`CASE.NOT_FOUND`: no such case, or none the caller has a claim on' })
  async actions(@Param('id', new ParseUUIDPipe()) caseId: string, @Req() request: AuthenticatedRequest) {
    const stored = await this.store.readStream(caseStreamName(caseId));
    const state = foldCase(stored.map(toCaseEvent));
    if (!state.exists || !hasClaim(state, request.actor.agency)) throw notFound(caseId);
    const agencies = await this.directory.resolve(agenciesOfCase(state, request.actor));
    return { caseId, revision: stored.length - 1, ...availableActions(state, request.actor, agencies) };
  }
}
