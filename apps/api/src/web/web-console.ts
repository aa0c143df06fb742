import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@rujukan/platform';

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
  'health',
  'metrics',
  'plans',
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
 * Serves the built console (WEB_DIST_DIR) from the API's origin: its hashed files under /assets, and
 * index.html for every page of the console (the router in the page takes over). Registered after the
 * security middleware and before any route, it overrides only the CSP (the console loads its own
 * scripts) and the caching of files whose names carry their hash. Without a build, nothing is served.
 */
export function applyWebConsole(app: INestApplication, config: AppConfig): boolean {
  const dir = resolve(config.WEB_DIST_DIR);
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  const csp = webContentSecurityPolicy(config);
  const express = app as NestExpressApplication;
  express.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!isConsoleNavigation(req.method, path, req.headers.accept) || path.startsWith('/assets/')) return next();
    res.statusCode = 200;
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : index);
  });
  express.useStaticAssets(dir, {
    index: false,
    redirect: false,
    setHeaders: (res: ServerResponse, file: string) => {
      res.setHeader('Content-Security-Policy', csp);
      // Vite names built files by their content's hash: they never change under a name.
      res.setHeader('Cache-Control', file.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}
