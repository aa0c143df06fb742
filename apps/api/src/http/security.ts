import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQueryString, type ParsedUrlQuery } from 'node:querystring';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { requestIdOf, type AppConfig } from '@rujukan/platform';
import helmet from 'helmet';
import { ApiError, RequestValidationError, type FieldError } from '../errors/api-error.js';
import { RateLimits } from '../rate-limit/rate-limit.js';

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage & { id?: unknown; path?: string }, res: ServerResponse, next: Next) => void;

/** Request and response headers a browser client may use when CORS_ORIGINS lets it call cross-origin. */
export const CORS_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Correlation-Id', 'X-Min-Position', 'X-Request-Id'];
export const CORS_EXPOSED_HEADERS = ['Idempotent-Replayed', 'Retry-After', 'X-Read-Model-Behind', 'X-Request-Id'];

const DOCS = /^\/docs(?:[/-]|$)/;

// The API answers JSON only: nothing it sends may run, load anything or be framed.
const apiHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  },
  frameguard: { action: 'deny' },
});

// Swagger UI at /docs loads its own scripts and styles from /docs and uses inline <style> blocks and data: images.
const docsHeaders = helmet({
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
});

const pathOf = (req: IncomingMessage): string => (req.url ?? '/').split('?')[0]!;

/** Every request gets an id (the caller's X-Request-Id if it is a plain token) before anything can refuse it. */
const requestId: Middleware = (req, res, next) => {
  req.id = requestIdOf(req.headers['x-request-id']);
  res.setHeader('X-Request-Id', String(req.id));
  next();
};

/** Security headers; API answers are never cached: they carry case data. */
const securityHeaders: Middleware = (req, res, next) => {
  if (DOCS.test(pathOf(req))) return docsHeaders(req, res, next);
  res.setHeader('Cache-Control', 'no-store');
  return apiHeaders(req, res, next);
};

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A request body must be JSON in UTF-8: anything else is refused with 415 before it is read. A request without a body passes. */
const jsonBodiesOnly: Middleware = (req, _res, next) => {
  const hasBody = req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
  if (!BODY_METHODS.has(req.method ?? '') || !hasBody) return next();
  const [type = '', ...parameters] = (req.headers['content-type'] ?? '').split(';');
  const mediaType = type.trim().toLowerCase();
  // body-parser would decode UTF-16 and UTF-32 too, and then refuse what it read as malformed JSON (400).
  const charset = parameters.map((p) => /^\s*charset\s*=\s*"?([^"]*)"?\s*$/i.exec(p)?.[1]).find((c) => c !== undefined);
  if (mediaType === 'application/json' && (!charset || charset.toLowerCase() === 'utf-8')) return next();
  next(
    new ApiError(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'the request body must be JSON (Content-Type: application/json)', {
      contentType: mediaType.slice(0, 100) || null,
    }),
  );
};

/**
 * Express's query parser, stricter: every parameter once (a repeated one would reach the handlers as an array
 * they read as text) and without NUL characters (PostgreSQL takes none). Express parses the query when a handler
 * first reads it, so the refusal is a 400 naming the parameter like any other.
 */
export function parseQuery(text: string): ParsedUrlQuery {
  const query = parseQueryString(text);
  const errors: FieldError[] = Object.entries(query).flatMap(([field, value]) => {
    if (Array.isArray(value)) return [{ field, reason: `${field} must be given once` }];
    return value?.includes('\u0000') ? [{ field, reason: `${field} must not contain NUL characters` }] : [];
  });
  if (errors.length > 0) throw new RequestValidationError(errors);
  return query;
}

/**
 * Everything the HTTP layer does before a route sees the request, in order: request id, security headers,
 * CORS (only for CORS_ORIGINS), the per-address rate limit, JSON-only bodies, and the JSON parser with
 * MAX_BODY_BYTES. Called before any route (and /docs) is registered, so it covers them all. The per-user
 * limit is a guard after authentication (see `Authenticated()`).
 */
export function applyHttpHardening(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  // Behind TRUST_PROXY_HOPS proxies, the client address is read from X-Forwarded-For; with 0 it is the socket's.
  express.set('trust proxy', config.TRUST_PROXY_HOPS);
  express.set('query parser', parseQuery);
  express.use(requestId);
  express.use(securityHeaders);
  // CORS is closed unless origins are named: without the middleware no Access-Control-* header is ever sent.
  // Before the rate limit, so a browser client can read a 429 (preflights are answered here and not counted).
  if (config.CORS_ORIGINS.length) {
    express.enableCors({
      origin: config.CORS_ORIGINS,
      methods: ['GET', 'POST'],
      allowedHeaders: CORS_REQUEST_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      credentials: false,
      maxAge: 600,
    });
  }
  express.use(app.get(RateLimits).perAddress());
  express.use(jsonBodiesOnly);
  express.useBodyParser('json', { limit: config.MAX_BODY_BYTES });
}
