import { Body, Controller, HttpCode, Inject, Param, Post, Req, applyDecorators, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiPropertyOptional,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../auth/authenticated.js';
import type { AuthenticatedRequest } from '../auth/bearer-auth.guard.js';
import { RequirePermission } from '../auth/permission.decorator.js';
import { CaseCommandsService, type CaseCommandResponse } from './case-commands.service.js';
import { CASE_ROUTES, type CaseRoute } from '@rujukan/commands';

export class CaseCommandResponseDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ description: 'Revision of the case stream after the command' }) revision!: number;
  @ApiProperty({ example: '1042-7', description: 'Global position (`commit-prepare`) of the last event written' }) position!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The new referral (send-referral only)' }) referralId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The new transfer (request-transfer only)' }) transferId?: string;
}

export class ErrorResponseDto {
  @ApiProperty({ example: 'REFERRAL.ALREADY_ANSWERED' }) code!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) details?: Record<string, unknown>;
  @ApiPropertyOptional({ example: [{ field: 'districtCode', reason: 'districtCode must be a 4-digit Kemendagri district code' }] })
  errors?: { field: string; reason: string }[];
  @ApiPropertyOptional({ description: 'On a 500 only: the request id (also the X-Request-Id header) to quote to an operator' }) requestId?: string;
}

const ERROR_DOCS = [
  ApiBadRequestResponse({ type: ErrorResponseDto, description: '`VALIDATION.FAILED` with each field and reason, or a domain `VALIDATION.*` code' }),
  ApiUnauthorizedResponse({ type: ErrorResponseDto, description: '`AUTH.UNAUTHENTICATED`: no, an invalid or an expired bearer token' }),
  ApiForbiddenResponse({ type: ErrorResponseDto, description: '`AUTH.FORBIDDEN` (details.rule names the access rule)' }),
  ApiNotFoundResponse({ type: ErrorResponseDto, description: '`CASE.NOT_FOUND`, `REFERRAL.NOT_FOUND`, `TRANSFER.NOT_FOUND` …' }),
  ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'A rule forbids the command (`CASE.NOT_IN_STAGE`, `REFERRAL.ALREADY_ANSWERED`, `CONSENT.REQUIRED` …) or `CASE.CONCURRENT_UPDATE`',
  }),
  ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: '`IDEMPOTENCY.KEY_REUSED`: the key was used for a different request' }),
  ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: '`SERVICE.UNAVAILABLE`: the database does not answer; retry later' }),
  ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried request with the same key returns the first response and writes nothing' }),
  ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Carried into every event the command writes' }),
  ApiHeader({ name: 'If-Match', required: false, description: 'The revision the client last saw; a moved case answers 409 `CASE.CONCURRENT_UPDATE`' }),
];

const PARAM_DOCS: Record<CaseRoute['target'], string> = {
  new_case: '',
  case: 'The case id',
  referral: 'The referral id (returned by send-referral)',
  transfer: 'The transfer id (returned by request-transfer)',
};

const methodName = (route: CaseRoute): string => route.command[0]!.toLowerCase() + route.command.slice(1);

/** One POST route per command from the route table; each gets its own DTO and OpenAPI description. */
function buildController(routes: readonly CaseRoute[]): Type {
  @Authenticated()
  @Controller()
  class CaseCommandsController {
    constructor(@Inject(CaseCommandsService) readonly service: CaseCommandsService) {}
  }
  const prototype = CaseCommandsController.prototype as unknown as Record<string, unknown>;
  for (const route of routes) {
    const name = methodName(route);
    prototype[name] = function (this: CaseCommandsController, body: object, request: AuthenticatedRequest, id?: string): Promise<CaseCommandResponse> {
      return this.service.execute(route, body, id, request);
    };
    // The ValidationPipe and Swagger read the body's class from the parameter types, as a compiled method would declare them.
    Reflect.defineMetadata('design:paramtypes', [route.body, Object, String], prototype, name);
    Body()(prototype, name, 0);
    Req()(prototype, name, 1);
    // Checked as a UUID for every route by PathIdInterceptor.
    if (route.target !== 'new_case') Param('id')(prototype, name, 2);
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
    applyDecorators(
      Post(route.path),
      RequirePermission(route.command),
      HttpCode(201),
      ApiTags(route.tag),
      ApiOperation({ summary: route.summary, operationId: name, description: `Command \`${route.command}\`.` }),
      ApiBody({ type: route.body }),
      ApiCreatedResponse({ type: CaseCommandResponseDto, description: 'The command was accepted and its events written' }),
      ...(route.target === 'new_case' ? [] : [ApiParam({ name: 'id', format: 'uuid', description: PARAM_DOCS[route.target] })]),
      ...ERROR_DOCS,
    )(prototype, name, descriptor);
  }
  return CaseCommandsController;
}

export const CaseCommandsController = buildController(CASE_ROUTES);
