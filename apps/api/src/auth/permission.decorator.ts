import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { PERMISSION_MATRIX, type Permission } from '@rujukan/domain';

export const PERMISSION_KEY = 'rujukan:permission';

/**
 * The permission a route needs; BearerAuthGuard checks the caller's role against the matrix before
 * anything else runs. The OpenAPI document carries it as `x-permission`, with the roles that hold it.
 */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(SetMetadata(PERMISSION_KEY, permission), ApiExtension('x-permission', { permission, roles: [...PERMISSION_MATRIX[permission]] }));
