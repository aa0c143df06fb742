import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@rujukan/platform';
import { pathOf } from '../http/security.js';

/**
 * First path segments of the API (and /docs, /health, /metrics). The console's own paths are Indonesian
 * words (antrian, kasus, pemeriksaan, statistik …) that none of these start with; a spec checks every path
 * of the OpenAPI document against this list, so a new API route cannot be shadowed by the console's fallback.
 */
export const API_SEGMENTS = new Set([
  'admin',
  'agencies',
  'audit',
  'auth',
  'cases',
  'docs',
  'docs-json',
  'duplicates',
  'health',
  'letters',
  'metrics',
  'plans',
  'ports',
  'mous',
  'exports',
  'queues',
  'referrals',
  'stats',
  'transfers',
  'web-config',
]);

/** The console's policy: its own scripts, styles and images only; API calls to this origin (and the OpenID provider). */
export function webContentSecurityPolicy(config: AppConfig): string {
  const connect = ["'self'", ...(config.OIDC_ISSUER_URL ? [new URL(config.OIDC_ISSUER_URL).origin] : [])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const firstSegment = (path: string): string => path.split('/')[1] ?? '';

/** A browser navigating to a page of the console: GET or HEAD, asking for HTML, on a path the API does not own. */
export function isConsoleNavigation(method: string | undefined, path: string, accept: string | undefined): boolean {
  return (method === 'GET' || method === 'HEAD') && (accept ?? '').includes('text/html') && !API_SEGMENTS.has(firstSegment(path));
}

/**
 * Serves the built console (WEB_DIST_DIR) from the API's origin: its hashed files under /assets (and the
 * others at the top of the build) through @fastify/static, and index.html for every page of the console
 * (the router in the page takes over), answered in a hook before any route, `/` included when the browser
 * asks for HTML. Registered after the security hooks, it overrides only the CSP (the console loads its own
 * scripts) and the caching of files whose names carry their hash. Without a build, nothing is served.
 */
export async function applyWebConsole(app: NestFastifyApplication, config: AppConfig): Promise<boolean> {
  const dir = resolve(config.WEB_DIST_DIR);
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  const csp = webContentSecurityPolicy(config);
  const assets = join(dir, 'assets');
  await app.register(
    Object.assign(
      async (scope: FastifyInstance) => {
        scope.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
          const path = pathOf(request.url);
          if (!isConsoleNavigation(request.method, path, request.headers.accept) || path.startsWith('/assets/')) return done();
          void reply
            .code(200)
            .header('Content-Security-Policy', csp)
            .header('Content-Type', 'text/html; charset=utf-8')
            .header('Cache-Control', 'no-cache')
            .send(request.method === 'HEAD' ? undefined : index);
        });
      },
      // Its hook applies to the whole application, after the security hooks (what `fastify-plugin` does).
      { [Symbol.for('skip-override')]: true },
    ),
  );
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: false,
    redirect: false,
    decorateReply: false,
    // On the reply: these override the CSP and Cache-Control the security hook set on the raw response.
    setHeaders: (reply: FastifyReply, file: string) => {
      reply.header('Content-Security-Policy', csp);
      // Vite names built files by their content's hash: they never change under a name.
      reply.header('Cache-Control', file.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}
