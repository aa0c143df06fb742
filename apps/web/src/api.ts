/**
 * The console's only way to the server: the same JSON API, bearer tokens and permission matrix as any
 * other client. Every command answers with the global position of its events; the next reads carry it in
 * X-Min-Position so the read models include the write (read your own writes).
 */
import type { components } from './api-schema.js';

export interface Actor {
  userId: string;
  role: string;
  agency: string;
}

export interface FieldError {
  field: string;
  reason: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

export interface ReadResult<T> {
  data: T;
  /** X-Read-Model-Behind: projections that had not caught up with our last write when the answer was made. */
  behind: string | null;
}

const TOKEN_KEY = 'rujukan.session';
const POSITION_KEY = 'rujukan.position';

export interface Session {
  token: string;
  actor: Actor;
  expiresAt: string;
  via: 'development' | 'oidc';
}

let onUnauthenticated: () => void = () => undefined;
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

export function loadSession(): Session | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(TOKEN_KEY) ?? 'null') as Session | null;
    if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(TOKEN_KEY, JSON.stringify(session));
  else {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(POSITION_KEY);
  }
}

/** Positions are `commit-prepare`, ordered by commit then prepare. */
function laterPosition(a: string | null, b: string): string {
  if (a === null) return b;
  const [ac, ap] = a.split('-').map(BigInt) as [bigint, bigint];
  const [bc, bp] = b.split('-').map(BigInt) as [bigint, bigint];
  return bc > ac || (bc === ac && bp > ap) ? b : a;
}

export function lastPosition(): string | null {
  return sessionStorage.getItem(POSITION_KEY);
}

function rememberPosition(position: unknown): void {
  if (typeof position !== 'string' || !/^\d+-\d+$/.test(position)) return;
  sessionStorage.setItem(POSITION_KEY, laterPosition(lastPosition(), position));
}

async function call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const session = loadSession();
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  if (session) headers.Authorization = `Bearer ${session.token}`;
  // A file goes as its own bytes, with the Content-Type the caller gives; anything else as JSON.
  const raw = body instanceof Blob;
  if (body !== undefined && !raw) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : raw ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK', 'network error');
  }
  if (response.ok) return response;
  const problem = (await response.json().catch(() => ({}))) as { code?: string; message?: string; details?: Record<string, unknown>; errors?: FieldError[] };
  const error = new ApiError(
    response.status,
    problem.code ?? `HTTP.${response.status}`,
    problem.message ?? response.statusText,
    problem.details ?? {},
    problem.errors ?? [],
  );
  if (response.status === 401 && session) onUnauthenticated();
  throw error;
}

/** A read that includes our own last write: the server waits (bounded) until its read models reach it. */
export async function apiGet<T>(path: string): Promise<ReadResult<T>> {
  const position = lastPosition();
  const response = await call('GET', path, undefined, position ? { 'X-Min-Position': position } : {});
  return { data: (await response.json()) as T, behind: response.headers.get('X-Read-Model-Behind') };
}

/** A file download through the same token (exports): the browser cannot add a bearer token to a plain link. */
export async function apiDownload(path: string): Promise<Blob> {
  return (await call('GET', path)).blob();
}

/** A command's answer, as the API's OpenAPI document declares it. */
export type CommandResult = components['schemas']['CaseCommandResponseDto'];

/**
 * A command. One Idempotency-Key per attempt the person makes: a retry after a lost answer (same key)
 * can never record the step twice.
 */
export async function apiCommand(path: string, body: unknown, idempotencyKey: string = crypto.randomUUID()): Promise<CommandResult> {
  const response = await call('POST', path, body, { 'Idempotency-Key': idempotencyKey });
  const result = (await response.json()) as CommandResult;
  rememberPosition(result.position);
  return result;
}

/**
 * A file sent as its bytes (POST /cases/:id/documents): a command like any other, so it carries an Idempotency-Key and
 * its position is remembered. The file's name travels percent-encoded in X-File-Name.
 */
export async function apiUpload<T extends { position?: unknown }>(
  path: string,
  file: Blob,
  contentType: string,
  fileName: string | null,
  idempotencyKey: string = crypto.randomUUID(),
): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': contentType, 'Idempotency-Key': idempotencyKey };
  if (fileName) headers['X-File-Name'] = encodeURIComponent(fileName);
  const result = (await (await call('POST', path, file, headers)).json()) as T;
  rememberPosition(result.position);
  return result;
}

/** A POST that is not a case command (sign-in). */
export async function apiPost<T>(path: string, body: unknown): Promise<T> {
  return (await (await call('POST', path, body)).json()) as T;
}

/** A PUT of a record outside the event log (a supervisor's decision on a possible duplicate). */
export async function apiPut<T>(path: string, body: unknown): Promise<T> {
  return (await (await call('PUT', path, body)).json()) as T;
}
