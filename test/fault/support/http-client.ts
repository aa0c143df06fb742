import type { Actor } from '@rujukan/domain';
import { mintDevelopmentToken, parseAppConfig } from '@rujukan/platform';

/** What a client saw: a status and body, or no answer at all (`status: 0`) when it gave up or the connection failed. */
export interface Answer {
  status: number;
  body: Record<string, unknown> | null;
  headers: Headers | null;
  /** Why there was no answer: `timeout`, `aborted` or `network`. */
  failure?: 'timeout' | 'aborted' | 'network';
  ms: number;
}

/** A development token as the children (default configuration outside production) accept it. */
export function tokenFor(actor: Actor): Promise<string> {
  return mintDevelopmentToken(parseAppConfig({ NODE_ENV: 'development', DEVELOPMENT_SECRETS: 'true' }), {
    userId: actor.userId,
    role: actor.role,
    agency: actor.agency,
  });
}

/**
 * One HTTP request that never throws: the answer, or `status: 0` with the reason. `timeoutMs` gives up on the
 * client side (the request may still be running on the server), as does `signal`.
 */
export async function send(
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<Answer> {
  const started = performance.now();
  const signals = [AbortSignal.timeout(options.timeoutMs ?? 10_000), ...(options.signal ? [options.signal] : [])];
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.any(signals),
    });
    const text = await response.text();
    let body: Record<string, unknown> | null = null;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      body = { unparsed: text.slice(0, 200) };
    }
    return { status: response.status, body, headers: response.headers, ms: performance.now() - started };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const failure = name === 'TimeoutError' ? 'timeout' : name === 'AbortError' ? 'aborted' : 'network';
    return { status: 0, body: null, headers: null, failure, ms: performance.now() - started };
  }
}
