import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isAgencyCode } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import { recordAgency, recordUser, USER_ID_PATTERN } from '@rujukan/read-models';
import { DataSource } from 'typeorm';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { UserDirectory } from '../auth/user-directory.js';
import { RequestValidationError } from '../errors/api-error.js';
import { AgencyDto, UserDto } from './directory.dto.js';


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
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly users: UserDirectory,
  ) {}

  @Get('agencies')
  @RequirePermission('directory.read')
  @ApiOperation({ summary: 'Every agency in the directory' })
  @ApiOkResponse({ description: 'code, name, type, province and district' })
  async agencies() {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT code, name, type, province_code, district_code, updated_at, updated_by FROM agencies ORDER BY code`,
    );
    return {
      agencies: rows.map((r) => ({ code: r.code, name: r.name, type: r.type, provinceCode: r.province_code, districtCode: r.district_code, updatedAt: r.updated_at, updatedBy: r.updated_by })),
    };
  }

  @Put('agencies/:code')
  @RequirePermission('directory.manage')
  @ApiOperation({ summary: 'Record an agency, or change its name, type or region' })
  @ApiOkResponse({ description: 'The agency as recorded' })
  async putAgency(@Param('code') code: string, @Body() body: AgencyDto, @Req() request: AuthenticatedRequest) {
    if (!isAgencyCode(code)) throw new RequestValidationError([{ field: 'code', reason: 'code must be an agency code (letters, digits, . _ : -; at most 64)' }]);
    const agency = { code, name: body.name, type: body.type, provinceCode: body.provinceCode ?? null, districtCode: body.districtCode ?? null };
    await recordAgency(this.store, this.dataSource, agency, request.actor);
    return agency;
  }

  @Get('users')
  @RequirePermission('directory.read')
  @ApiOperation({ summary: 'Every user in the directory, with agency, role and whether they may act' })
  async listUsers() {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(`SELECT user_id, agency, role, active, updated_at, updated_by FROM users ORDER BY user_id`);
    return { users: rows.map((r) => ({ userId: r.user_id, agency: r.agency, role: r.role, active: r.active, updatedAt: r.updated_at, updatedBy: r.updated_by })) };
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
    const user = { userId, agency: body.agency, role: body.role, active: body.active };
    await recordUser(this.store, this.dataSource, user, request.actor);
    this.users.forget(userId);
    return user;
  }
}
