import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { COMMAND_REFUSALS, ERROR_CODES, errorCategory, type ErrorCode } from '@rujukan/domain';
import { commandExamples, type BodyExample } from '../cases/command-examples.js';
import { CASE_ROUTES } from '@rujukan/commands';
import { STATUS_OF_CATEGORY } from '../errors/api-exception.filter.js';

/** The status of every code the API itself answers with (domain codes take theirs from `errorCategory`). */
export const API_ERROR_STATUS: Readonly<Record<string, number>> = {
  'VALIDATION.FAILED': 400,
  'REQUEST.MALFORMED': 400,
  'AUTH.UNAUTHENTICATED': 401,
  'AUTH.USER_DEACTIVATED': 403,
  'AUTH.AGENCY_UNKNOWN': 403,
  'AUTH.AGENCY_INACTIVE': 403,
  'AUTH.CLAIMS_MISMATCH': 403,
  'AUTH.USER_UNKNOWN': 403,
  'AUTH.DEV_SIGN_IN_DISABLED': 403,
  'STATS.NO_SCOPE': 403,
  'STATS.OUT_OF_SCOPE': 403,
  'CASE.CONCURRENT_UPDATE': 409,
  'DOCUMENT.NOT_FOUND': 404,
  'DOCUMENT.WITHHELD': 403,
  'DOCUMENT.ERASED': 410,
  'PORT.SHIPPED': 409,
  'REQUEST.TOO_LARGE': 413,
  'DOCUMENT.REQUIRED': 415,
  'DOCUMENT.UNSUPPORTED_TYPE': 415,
  'DOCUMENT.TYPE_MISMATCH': 415,
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 415,
  'IDEMPOTENCY.KEY_REUSED': 422,
  'STATS.TOO_DETAILED': 422,
  'REQUEST.RATE_LIMITED': 429,
  'SERVICE.NOT_SUPPORTED': 501,
  'SERVICE.UNAVAILABLE': 503,
  'AUTH.PROVIDER_UNAVAILABLE': 503,
};

const DOMAIN_CODES = new Set<string>(ERROR_CODES);

export function statusOfCode(code: string): number | undefined {
  if (DOMAIN_CODES.has(code)) return STATUS_OF_CATEGORY[errorCategory(code as ErrorCode)];
  return API_ERROR_STATUS[code];
}

const BEARER_CODES = [
  'AUTH.UNAUTHENTICATED',
  'AUTH.FORBIDDEN',
  'AUTH.USER_DEACTIVATED',
  'AUTH.AGENCY_UNKNOWN',
  'AUTH.AGENCY_INACTIVE',
  'AUTH.CLAIMS_MISMATCH',
  'AUTH.USER_UNKNOWN',
  'AUTH.PROVIDER_UNAVAILABLE',
];
const BODY_CODES = ['VALIDATION.FAILED', 'REQUEST.MALFORMED', 'REQUEST.TOO_LARGE', 'REQUEST.UNSUPPORTED_MEDIA_TYPE'];
const COMMAND_CODES = ['CASE.CONCURRENT_UPDATE', 'IDEMPOTENCY.KEY_REUSED'];
// Codes of routes whose controllers raise them without naming them in a response description.
const ROUTE_CODES: Readonly<Record<string, readonly string[]>> = {
  'GET /stats/cases': ['STATS.NO_SCOPE', 'STATS.TOO_DETAILED'],
  'GET /stats/referrals': ['AUTH.FORBIDDEN', 'STATS.NO_SCOPE', 'STATS.OUT_OF_SCOPE', 'STATS.TOO_DETAILED'],
  'GET /stats/stages': ['STATS.NO_SCOPE', 'STATS.TOO_DETAILED'],
  'GET /stats/service-clock': ['STATS.NO_SCOPE', 'STATS.TOO_DETAILED'],
  'GET /stats/reports/yearly': ['STATS.NO_SCOPE', 'SERVICE.NOT_SUPPORTED'],
  'GET /stats/transfers': ['STATS.NO_SCOPE', 'STATS.OUT_OF_SCOPE', 'STATS.TOO_DETAILED'],
  'GET /stats/ports': ['STATS.NO_SCOPE', 'STATS.OUT_OF_SCOPE', 'STATS.TOO_DETAILED'],
  'GET /stats/flows.svg': ['STATS.NO_SCOPE', 'STATS.OUT_OF_SCOPE', 'STATS.TOO_DETAILED'],
  'GET /cases/{id}/timeline': ['AUTH.FORBIDDEN'],
  // The upload runs AttachDocument (its domain refusals) on a body of bytes, not JSON.
  'POST /cases/{id}/documents': [
    ...COMMAND_REFUSALS.AttachDocument,
    'CASE.CONCURRENT_UPDATE',
    'IDEMPOTENCY.IN_PROGRESS',
    'IDEMPOTENCY.KEY_REUSED',
    'DOCUMENT.REQUIRED',
    'DOCUMENT.UNSUPPORTED_TYPE',
    'DOCUMENT.TYPE_MISMATCH',
  ],
  'GET /cases/{id}/documents/{documentId}': ['DOCUMENT.ERASED'],
  'GET /cases/{id}/letters/handover.pdf': ['REPATRIATION.NO_HANDOVER'],
};

type Operation = {
  operationId?: string;
  parameters?: Array<{ in?: string }>;
  requestBody?: { content?: Record<string, { schema?: unknown; examples?: Record<string, BodyExample> }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  security?: unknown[];
  'x-error-codes'?: string[];
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const COMMAND_OF_OPERATION = new Map(CASE_ROUTES.map((route) => [route.command[0]!.toLowerCase() + route.command.slice(1), route.command]));

// The bodies of the directory and development sign-in routes, in the agencies of the shipped directory.
const OTHER_BODY_EXAMPLES: Readonly<Record<string, Record<string, BodyExample>>> = {
  'PUT /admin/agencies/{code}': {
    uptdPpa: {
      summary: 'A province’s UPTD PPA, with the address its notifications go to',
      value: { name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: '6472', email: 'uptdppa@kaltimprov.go.id' },
    },
  },
  'PUT /admin/ports/{code}': {
    baubau: {
      summary: 'A port the shipped list does not hold, with the names transit points were recorded under',
      value: { name: 'Pelabuhan Murhum, Baubau', kind: 'seaport', country: 'ID', provinceCode: '74', lat: -5.46, lon: 122.6, aliases: ['Baubau', 'Bau-Bau'] },
    },
  },
  'PUT /admin/users/{userId}': {
    caseworker: { summary: 'A caseworker of UPTD PPA Kaltim', value: { agency: 'UPTD-PPA-64', role: 'caseworker', active: true } },
  },
  'POST /admin/webhooks': {
    poldaKaltim: {
      summary: "Polda Kaltim's own case system receives its notifications (an address of the documentation range, RFC 5737)",
      value: { agency: 'POLDA-KALTIM', url: 'https://203.0.113.10/rujukan/notifikasi' },
    },
  },
  'POST /auth/dev-sign-in': {
    caseworker: { summary: 'Sign in as a caseworker of UPTD PPA Kaltim', value: { agency: 'UPTD-PPA-64', role: 'caseworker', userId: 'cw-kaltim' } },
  },
};

const codesInText = (text: string | undefined): string[] => [...(text ?? '').matchAll(/`([A-Z_]+\.[A-Z_]+)`/g)].map((match) => match[1]!);

/**
 * The OpenAPI document of the running app: Nest's, plus what a client needs to be written from it alone: every
 * request body's examples (commandExamples, relative to now) and, per route, every error code it can answer with
 * (`x-error-codes`, and per status a schema whose `code` is that enum).
 */
export function buildOpenApiDocument(app: INestApplication, now: number = Date.now()): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rujukan')
      .setDescription(
        'Case and referral engine for anti-trafficking (TPPO) services: every step is an event. Every error answers ' +
          '`{ code, message, details?, errors? }`; each route lists the codes it can answer with in `x-error-codes` and per status.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  const examples = commandExamples(now);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const command = operation.operationId ? COMMAND_OF_OPERATION.get(operation.operationId) : undefined;
      const body = operation.requestBody?.content?.['application/json'];
      const bodyExamples = command ? examples[command as keyof typeof examples] : OTHER_BODY_EXAMPLES[key];
      if (body && bodyExamples) body.examples = bodyExamples;
      const codes = new Set<string>(['REQUEST.RATE_LIMITED', 'SERVICE.UNAVAILABLE', ...(ROUTE_CODES[key] ?? [])]);
      // A command's codes come from its own decide function; the shared descriptions of the command routes name examples only.
      if (!command) for (const response of Object.values(operation.responses ?? {})) codesInText(response.description).forEach((code) => codes.add(code));
      if (operation.security?.length) BEARER_CODES.forEach((code) => codes.add(code));
      if (operation.requestBody) BODY_CODES.forEach((code) => codes.add(code));
      if (operation.parameters?.some((parameter) => parameter.in === 'path' || parameter.in === 'query')) codes.add('VALIDATION.FAILED');
      if (command) {
        COMMAND_CODES.forEach((code) => codes.add(code));
        COMMAND_REFUSALS[command].forEach((code) => codes.add(code));
      }
      documentErrors(operation, [...codes].filter((code) => statusOfCode(code) !== undefined).sort(), !command);
    }
  }
  return document;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'The request is not valid (each field and reason in `errors`) or a rule refuses a value',
  401: 'No bearer token, or an invalid or expired one',
  403: 'The role, the agency or the directory refuses the caller (`details.rule` names the access rule)',
  404: 'Not found, or not visible to the caller',
  409: 'A rule of the case forbids it now, or the case moved meanwhile',
  413: 'The body is larger than MAX_BODY_BYTES',
  410: 'Gone for good: erased with the victim’s identity',
  415: 'The body is not UTF-8 JSON (or, for a document, not a PDF, PNG or JPEG)',
  422: 'The Idempotency-Key was used for another request, or the request asks too much',
  429: 'Too many requests for this user or from this address; see Retry-After',
  501: 'Not available on this server',
  503: 'The database does not answer; retry after Retry-After',
};

function documentErrors(operation: Operation, codes: string[], keepDescriptions: boolean): void {
  operation['x-error-codes'] = codes;
  const byStatus = new Map<number, string[]>();
  for (const code of codes) byStatus.set(statusOfCode(code)!, [...(byStatus.get(statusOfCode(code)!) ?? []), code]);
  const responses = (operation.responses ??= {});
  for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const existing = responses[String(status)];
    const listed = statusCodes.map((code) => `\`${code}\``).join(', ');
    const described = (keepDescriptions ? existing?.description?.trim() : undefined) || STATUS_TEXT[status] || '';
    responses[String(status)] = {
      description: described ? `${described}\n\nCodes: ${listed}` : `Codes: ${listed}`,
      content: {
        'application/json': {
          schema: {
            allOf: [{ $ref: '#/components/schemas/ErrorResponseDto' }, { type: 'object', properties: { code: { type: 'string', enum: statusCodes } } }],
          },
        },
      },
    };
  }
}
