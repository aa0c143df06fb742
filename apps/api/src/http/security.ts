import type { ServerResponse } from 'node:http';
import { parse as parseQueryString, type ParsedUrlQuery } from 'node:querystring';
import { BadRequestException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCors from '@fastify/cors';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import { fastify, type FastifyError, type FastifyInstance, type FastifyPluginAsync, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { requestIdOf, type AppConfig } from '@rujukan/platform';
import { ApiError, RequestValidationError, type FieldError } from '../errors/api-error.js';
import { RateLimits } from '../rate-limit/rate-limit.js';

/** Request and response headers a browser client may use when CORS_ORIGINS lets it call cross-origin. */
export const CORS_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Correlation-Id', 'X-Min-Position', 'X-Request-Id'];
export const CORS_EXPOSED_HEADERS = ['Idempotent-Replayed', 'Retry-After', 'X-Read-Model-Behind', 'X-Request-Id'];

const DOCS = /^\/docs(?:[/-]|$)/;

// The API answers JSON only: nothing it sends may run, load anything or be framed.
const API_HELMET: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  },
  frameguard: { action: 'deny' },
};

// Swagger UI at /docs loads its own scripts and styles from /docs and uses inline <style> blocks and data: images.
const DOCS_HELMET: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
};

/**
 * The headers @fastify/helmet sends for these options. Its hook builds a helmet middleware on every request
 * (about 12 µs each); the headers depend on nothing but the options, so they are taken once, at start, from a
 * request to a throwaway Fastify instance with the plugin, and set from this table on every request.
 */
export async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = fastify();
  try {
    await probe.register(fastifyHelmet, options);
    probe.get('/', (_request, reply) => reply.code(204).send());
    const answer = await probe.inject({ method: 'GET', url: '/' });
    const own = new Set(['date', 'connection', 'keep-alive', 'content-length', 'content-type']);
    return Object.fromEntries(Object.entries(answer.headers).flatMap(([name, value]) => (own.has(name) || value === undefined ? [] : [[name, String(value)]])));
  } finally {
    await probe.close();
  }
}

/** A plugin whose hooks apply to the whole application (what `fastify-plugin` does), registered in the order it is given. */
function wholeApp<T extends FastifyPluginAsync>(plugin: T): T {
  return Object.assign(plugin, { [Symbol.for('skip-override')]: true });
}

/**
 * Fastify parses the query string while it looks up the route, where an exception cannot become an answer:
 * the parser keeps what it refuses here, and QueryCheckInterceptor answers it as a 400 after the guards, as
 * the routes read their query.
 */
const refusedQueries = new WeakMap<object, FieldError[]>();

/** node:querystring, stricter: every parameter once (a repeated one would reach the handlers as an array they read as text) and without NUL characters (PostgreSQL takes none). */
export function parseQuery(text: string): ParsedUrlQuery {
  const query = parseQueryString(text);
  const errors: FieldError[] = Object.entries(query).flatMap(([field, value]) => {
    if (Array.isArray(value)) return [{ field, reason: `${field} must be given once` }];
    return value?.includes('\u0000') ? [{ field, reason: `${field} must not contain NUL characters` }] : [];
  });
  if (errors.length > 0) refusedQueries.set(query, errors);
  return query;
}

/** The 400 for a query string parseQuery refused, on every route, after the guards. */
export class QueryCheckInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const query = context.switchToHttp().getRequest<{ query?: unknown }>().query;
    const errors = query !== null && typeof query === 'object' ? refusedQueries.get(query) : undefined;
    if (errors) throw new RequestValidationError(errors);
    return next.handle();
  }
}

/** The security headers of API answers and of /docs, as @fastify/helmet sends them. */
export interface SecurityHeaders {
  api: Record<string, string>;
  docs: Record<string, string>;
}

export async function securityHeaders(): Promise<SecurityHeaders> {
  const [api, docs] = await Promise.all([helmetHeaders(API_HELMET), helmetHeaders(DOCS_HELMET)]);
  return { api, docs };
}

/** Sets the security headers on the raw response, where the answer of a route or a console file can override them. */
function setSecurityHeaders(headers: SecurityHeaders, url: string, raw: ServerResponse): void {
  if (DOCS.test(pathOf(url))) {
    for (const name in headers.docs) raw.setHeader(name, headers.docs[name]!);
  } else {
    raw.setHeader('Cache-Control', 'no-store');
    for (const name in headers.api) raw.setHeader(name, headers.api[name]!);
  }
}

/**
 * What the router refuses before any hook runs (a path that is not valid percent-encoding, an over-long
 * parameter): the API's error shape, its request id and its security headers, as for every other answer.
 */
function routerRefusal(headers: SecurityHeaders) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    setSecurityHeaders(headers, request.url, reply.raw);
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
    const body =
      error.code === 'FST_ERR_BAD_URL'
        ? { code: 'REQUEST.MALFORMED', message: 'the request path is not valid percent-encoding' }
        : { code: `HTTP.${status}`, message: 'the request cannot be routed' };
    void reply.code(status).header('X-Request-Id', request.id).send(body);
  };
}

/** The options of the Fastify instance under Nest: request ids, trusted proxies, the body limit, the query parser and the router's refusals. */
export function fastifyOptions(config: AppConfig, headers: SecurityHeaders) {
  return {
    frameworkErrors: routerRefusal(headers),
    // Every request gets an id (the caller's X-Request-Id if it is a plain token) before anything can refuse it.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => requestIdOf(req.headers['x-request-id']),
    // Behind TRUST_PROXY_HOPS proxies, the client address is read from X-Forwarded-For; with 0 it is the socket's.
    // (Express's `trust proxy` with a number: the addresses of that many hops are proxies, counted from the socket.)
    trustProxy: config.TRUST_PROXY_HOPS > 0 ? (_address: string, hop: number) => hop < config.TRUST_PROXY_HOPS : false,
    bodyLimit: config.MAX_BODY_BYTES,
    // Fastify refuses a path parameter over 100 characters with 414 before any route runs; Express took any the
    // URL could hold (16 KB of headers), and the routes answer a parameter that is not an id with a 400 naming it.
    routerOptions: { querystringParser: parseQuery, maxParamLength: 16 * 1024 },
    // Nest closes the HTTP server last, after the database pool: a connection still open then has nothing left to
    // answer with, and waiting for it (a client that gave up mid-request) kept app.close() from returning.
    forceCloseConnections: true,
    // The request line is written by logRequests (one line, no child logger per request).
    logger: false,
  };
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The one route whose body is a file's bytes, not JSON: a document attached to a case. */
export const DOCUMENT_UPLOAD_PATH = /^\/cases\/[^/?]+\/documents\/?(?:\?|$)/;
/** What a document may be sent as; its content is read from the bytes either way (`file-type`), never trusted from here. */
export const DOCUMENT_BODY_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream'] as const;

export const isDocumentUpload = (request: Pick<FastifyRequest, 'method' | 'url'>): boolean =>
  request.method === 'POST' && DOCUMENT_UPLOAD_PATH.test(request.url);

/**
 * A request body must be JSON in UTF-8, except a document's upload, which is its bytes: anything else is refused with
 * 415 before it is read. A request without a body passes.
 */
export function refuseNonJsonBody(request: Pick<FastifyRequest, 'method' | 'headers'> & Partial<Pick<FastifyRequest, 'url'>>): void {
  const headers = request.headers;
  const hasBody = headers['transfer-encoding'] !== undefined || (headers['content-length'] ?? '0') !== '0';
  if (!BODY_METHODS.has(request.method) || !hasBody) return;
  const [type = '', ...parameters] = (headers['content-type'] ?? '').split(';');
  const mediaType = type.trim().toLowerCase();
  if (request.url !== undefined && isDocumentUpload({ method: request.method, url: request.url })) {
    // JSON passes here too, so that the guards answer first (a role that may not upload learns that, not the body's fault);
    // the route then refuses it with 415 like any other body that is not a file.
    if ((DOCUMENT_BODY_TYPES as readonly string[]).includes(mediaType) || mediaType === 'application/json') return;
    throw new ApiError(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', `a document is sent as its bytes, with Content-Type ${DOCUMENT_BODY_TYPES.join(', ')}`, {
      contentType: mediaType.slice(0, 100) || null,
      allowed: DOCUMENT_BODY_TYPES,
    });
  }
  const charset = parameters.map((p) => /^\s*charset\s*=\s*"?([^"]*)"?\s*$/i.exec(p)?.[1]).find((c) => c !== undefined);
  if (mediaType === 'application/json' && (!charset || charset.toLowerCase() === 'utf-8')) return;
  throw new ApiError(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'the request body must be JSON (Content-Type: application/json)', {
    contentType: mediaType.slice(0, 100) || null,
  });
}

/** The one body parser: JSON in UTF-8 up to MAX_BODY_BYTES (Fastify answers 413 beyond); an empty body is no body. */
function parseJsonBody(_request: FastifyRequest, body: string, done: (error: Error | null, body?: unknown) => void): void {
  if (body.length === 0) return done(null, undefined);
  try {
    done(null, JSON.parse(body));
  } catch (error) {
    // The exception filter answers it 400 REQUEST.MALFORMED, "the request body is not valid JSON".
    done(new BadRequestException(undefined, { cause: error }));
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The raw response, where the command path sets a header (`Idempotent-Replayed`) without knowing the HTTP platform. */
    res: ServerResponse | null;
  }
}

/**
 * Everything the HTTP layer does before a route sees the request, as Fastify hooks in this order: request id,
 * security headers, CORS (only for CORS_ORIGINS), the per-address rate limit, JSON-only bodies; then the JSON
 * parser with MAX_BODY_BYTES. Registered before any route (and /docs), so it covers them all, unknown paths
 * too. The per-user limit is a guard after authentication (see `Authenticated()`).
 */
export async function applyHttpHardening(app: NestFastifyApplication, config: AppConfig, headers: SecurityHeaders): Promise<void> {
  const instance = app.getHttpAdapter().getInstance();
  instance.decorateRequest('res', null);
  instance.removeAllContentTypeParsers();
  instance.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: config.MAX_BODY_BYTES }, parseJsonBody);
  // A document's bytes, only on its upload route (refuseNonJsonBody refuses them anywhere else before they are read).
  instance.addContentTypeParser([...DOCUMENT_BODY_TYPES], { parseAs: 'buffer', bodyLimit: config.DOCUMENT_MAX_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  await app.register(
    wholeApp(async (scope: FastifyInstance) => {
      scope.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
        request.res = reply.raw;
        reply.header('X-Request-Id', request.id);
        // On the raw response, as Express's helmet did: a route or the console's files may set their own
        // Content-Security-Policy or Cache-Control (reply headers win over these). API answers carry case data: never cached.
        setSecurityHeaders(headers, request.url, reply.raw);
        done();
      });
    }),
  );
  // CORS is closed unless origins are named: without the plugin no Access-Control-* header is ever sent.
  // Before the rate limit, so a browser client can read a 429 (preflights are answered here and not counted).
  if (config.CORS_ORIGINS.length) {
    await app.register(fastifyCors, {
      origin: config.CORS_ORIGINS,
      // Joined with ',' as Express's cors sent them (the plugin would join a list with ', ').
      methods: 'GET,POST',
      allowedHeaders: CORS_REQUEST_HEADERS.join(','),
      exposedHeaders: CORS_EXPOSED_HEADERS.join(','),
      credentials: false,
      maxAge: 600,
      // A preflight without Origin or Access-Control-Request-Method is answered like any OPTIONS request, not refused with 400.
      strictPreflight: false,
    });
  }
  const limits = app.get(RateLimits);
  await app.register(
    wholeApp(async (scope: FastifyInstance) => {
      scope.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
        try {
          limits.countAddress(request.ip, reply);
          refuseNonJsonBody(request);
          done();
        } catch (error) {
          done(error as Error);
        }
      });
    }),
  );
}

export const pathOf = (url: string): string => {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
};
