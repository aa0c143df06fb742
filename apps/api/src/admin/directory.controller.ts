import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError, isAgencyCode } from '@rujukan/domain';
import { DirectoryQueries, PortQueries, USER_ID_PATTERN } from '@rujukan/read-models';
import { loadGeodata } from '@rujukan/application';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { UserDirectory } from '../auth/user-directory.js';
import { ApiError, RequestValidationError } from '../errors/api-error.js';
import { AgencyDto, PortDto, UserDto } from '@rujukan/commands';

const shippedPorts = () => loadGeodata().ports;

/**
 * The directory administrators keep: agencies (who owns cases and receives referrals) and users (who may
 * act for which agency in which role). Every change is also an event in the directory's streams, so the
 * audit record shows who changed whom, when. Administrators read no case.
 */
@ApiTags('admin')
@Authenticated()
@Controller('admin')
export class DirectoryController {
  constructor(
    private readonly directory: DirectoryQueries,
    private readonly users: UserDirectory,
    private readonly ports: PortQueries,
  ) {}

  @Get('ports')
  @RequirePermission('directory.read')
  @ApiOperation({
    summary: 'The ports, airports and land crossings transit points are counted by: the shipped list (data/ports) and those administrators added',
  })
  @ApiOkResponse({ description: '{ shipped: [...], added: [...] }' })
  async listPorts() {
    return { shipped: shippedPorts(), added: await this.ports.added() };
  }

  @Put('ports/:code')
  @RequirePermission('directory.manage')
  @ApiOperation({ summary: 'Add a port, airport or land crossing to the list (or change one added before); a code of the shipped list is refused (409)' })
  @ApiOkResponse({ description: 'The port as recorded' })
  @ApiConflictResponse({ description: '`PORT.SHIPPED`: the code is on the shipped list (data/ports/ports.json)' })
  async putPort(@Param('code') code: string, @Body() body: PortDto, @Req() request: AuthenticatedRequest) {
    if (!/^[A-Z0-9][A-Z0-9-]{1,19}$/.test(code))
      throw new RequestValidationError([{ field: 'code', reason: 'code must be 2-20 capital letters, digits or -, e.g. a UN/LOCODE (IDNNX) or an IATA code' }]);
    if (shippedPorts().some((p) => p.code === code))
      throw new ApiError(409, 'PORT.SHIPPED', `port ${code} is on the shipped list (data/ports/ports.json); change it there`);
    const port = {
      code,
      name: body.name,
      kind: body.kind,
      country: body.country,
      provinceCode: body.provinceCode ?? null,
      districtCode: body.districtCode ?? null,
      lat: body.lat,
      lon: body.lon,
      aliases: [...new Set(body.aliases.map((a) => a.trim()).filter((a) => a.length > 0))],
    };
    await this.ports.record(port, request.actor.userId);
    return port;
  }

  @Get('agencies')
  @RequirePermission('directory.read')
  @ApiOperation({ summary: 'Every agency in the directory' })
  @ApiOkResponse({ description: 'code, name, type, province, district and e-mail address' })
  async agencies() {
    const rows = await this.directory.agencies();
    return {
      agencies: rows.map((r) => ({
        code: r.code,
        name: r.name,
        type: r.type,
        provinceCode: r.province_code,
        districtCode: r.district_code,
        email: r.email,
        active: r.active,
        mergedInto: r.merged_into,
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
      })),
    };
  }

  @Put('agencies/:code')
  @RequirePermission('directory.manage')
  @ApiOperation({ summary: 'Record an agency, change its name, type, region or e-mail address, deactivate it or record its merger into another' })
  @ApiOkResponse({ description: 'The agency as recorded' })
  async putAgency(@Param('code') code: string, @Body() body: AgencyDto, @Req() request: AuthenticatedRequest) {
    if (!isAgencyCode(code))
      throw new RequestValidationError([{ field: 'code', reason: 'code must be an agency code (letters, digits, . _ : -; at most 64)' }]);
    const mergedInto = body.mergedInto ?? null;
    if (mergedInto !== null) {
      if (mergedInto === code) throw new RequestValidationError([{ field: 'mergedInto', reason: 'an agency is not merged into itself' }]);
      if (body.active === true) throw new RequestValidationError([{ field: 'active', reason: 'a merged agency no longer acts: leave active out or false' }]);
      await requireActiveAgency(this.directory, mergedInto, 'mergedInto');
    }
    const agency = {
      code,
      name: body.name,
      type: body.type,
      provinceCode: body.provinceCode ?? null,
      districtCode: body.districtCode ?? null,
      email: body.email ?? null,
      active: mergedInto === null && body.active !== false,
      mergedInto,
    };
    await this.directory.recordAgency(agency, request.actor);
    this.users.forgetAgency(code);
    return agency;
  }

  @Get('users')
  @RequirePermission('directory.read')
  @ApiOperation({ summary: 'Every user in the directory, with agency, role and whether they may act' })
  async listUsers() {
    const rows = await this.directory.users();
    return {
      users: rows.map((r) => ({
        userId: r.user_id,
        name: r.name,
        email: r.email,
        agency: r.agency,
        role: r.role,
        active: r.active,
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
      })),
    };
  }

  @Put('users/:userId')
  @RequirePermission('directory.manage')
  @ApiOperation({ summary: 'Record a user, move them to another agency or role, or deactivate them (takes effect within USER_DIRECTORY_CACHE_MS)' })
  @ApiOkResponse({ description: 'The user as recorded' })
  async putUser(@Param('userId') userId: string, @Body() body: UserDto, @Req() request: AuthenticatedRequest) {
    if (!USER_ID_PATTERN.test(userId)) throw new RequestValidationError([{ field: 'userId', reason: 'userId must be 1-128 letters, digits, . _ @ : -' }]);
    if (userId === request.actor.userId && !body.active) {
      throw new RequestValidationError([{ field: 'active', reason: 'an administrator cannot deactivate themselves' }]);
    }
    // A user acts for an agency the directory holds: a typo here would lock them out, or name a stranger.
    if (body.active) await requireActiveAgency(this.directory, body.agency, 'agency');
    const user = { userId, agency: body.agency, role: body.role, active: body.active, name: body.name ?? null, email: body.email ?? null };
    await this.directory.recordUser(user, request.actor);
    this.users.forget(userId);
    return user;
  }
}

export async function requireActiveAgency(directory: DirectoryQueries, code: string, field: string): Promise<void> {
  const status = await directory.agencyStatus(code);
  if (status === 'unknown') throw new DomainError('AGENCY.UNKNOWN', `${field}: agency ${code} is not in the directory`, { field, agency: code });
  if (status === 'inactive') throw new DomainError('AGENCY.INACTIVE', `${field}: agency ${code} no longer acts`, { field, agency: code });
}
