/**
 * The ceiling of a command on this machine, for the load benchmark: a bare `node:http` server that reads a
 * small JSON body, does one single-row INSERT into the same `events` table through a `pg` pool of the API's
 * size, and answers 201 with the row's position. No framework, no validation, no idempotency, no projection:
 * the least a command can cost here. Forked by bench/support/load-harness.ts; tells its parent its port.
 *
 *   CEILING_DATABASE_URL=… CEILING_POOL_SIZE=10 node bench/support/ceiling-server.mjs
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.CEILING_DATABASE_URL, max: Number(process.env.CEILING_POOL_SIZE ?? 10) });
const hash = randomBytes(32);
const metadata = JSON.stringify({ actor: 'ceiling', role: 'caseworker', agency: 'UPTD-PPA-64', causationId: null });
const INSERT = 'INSERT INTO events (stream_name, revision, event_id, type, data, metadata, hash) VALUES ($1, 0, $2, $3, $4, $5, $6) RETURNING global_position';

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"code":"REQUEST.INVALID_JSON"}');
      return;
    }
    pool.query(INSERT, [`ceiling-${randomUUID()}`, randomUUID(), 'CeilingBaseline', JSON.stringify(body), metadata, hash]).then(
      ({ rows }) => response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ position: String(rows[0].global_position) })),
      () => response.writeHead(500, { 'content-type': 'application/json' }).end('{"code":"INTERNAL"}'),
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ type: 'listening', port: server.address().port }));
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
