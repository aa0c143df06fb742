/**
 * Preloaded into the API process by the load benchmark only (`node --import ./bench/support/statement-counter.mjs`),
 * never by `npm start`: counts what the API sends to PostgreSQL, and answers the harness over its IPC channel.
 *
 * It wraps `pg`'s `Client.prototype.query` (every pooled client's round trip goes through it, whichever HTTP
 * adapter the API runs on) and counts statements (each call is one round trip: BEGIN and COMMIT included) and
 * transactions (a BEGIN, or a statement sent outside one: autocommit). With attribution on, each HTTP request
 * that carries `x-bench-op` runs in an AsyncLocalStorage context of its own, so the statements it sends are
 * counted for its operation; statements outside any such request (the in-process projector, NOTIFY listeners)
 * are counted as `background`. Attribution is off by default: the context costs the API CPU under load.
 *
 *   { id, type: 'statements' }          → { id, type: 'statements', statements, transactions, perOp: { op: { requests, statements, transactions } } }
 *   { id, type: 'attribute', on: bool } → { id, type: 'attributing', on }
 *
 * With API_WORKERS > 1 only the primary process answers: the workers' statements are not counted.
 * Plain JavaScript because the API runs from its build. The channel is unref'd: it never keeps the API alive.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pg = require('pg');

const totals = { statements: 0, transactions: 0 };
/** op → counters of each request of it (summed when asked: a request may send statements after its answer). */
const perOp = new Map();
const background = { requests: 0, statements: 0, transactions: 0 };
const context = new AsyncLocalStorage();
const inTransaction = new WeakSet();
let attribute = false;

const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(config, ...rest) {
  const text = typeof config === 'string' ? config : typeof config?.text === 'string' ? config.text : '';
  const head = text.trimStart().slice(0, 8).toUpperCase();
  let transaction = 0;
  if (head.startsWith('BEGIN') || head.startsWith('START')) {
    inTransaction.add(this);
    transaction = 1;
  } else if (head.startsWith('COMMIT') || head.startsWith('ROLLBACK') || head.startsWith('END')) {
    inTransaction.delete(this);
  } else if (!inTransaction.has(this)) {
    transaction = 1;
  }
  totals.statements++;
  totals.transactions += transaction;
  if (attribute) {
    const counter = context.getStore() ?? background;
    counter.statements++;
    counter.transactions += transaction;
  }
  return originalQuery.call(this, config, ...rest);
};

const originalEmit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitInContext(event, request, ...rest) {
  if (attribute && event === 'request') {
    const op = request?.headers?.['x-bench-op'];
    if (typeof op === 'string' && op) {
      const counter = { requests: 1, statements: 0, transactions: 0 };
      let list = perOp.get(op);
      if (!list) perOp.set(op, (list = []));
      list.push(counter);
      return context.run(counter, () => originalEmit.call(this, event, request, ...rest));
    }
  }
  return originalEmit.call(this, event, request, ...rest);
};

if (process.send && process.channel) {
  process.on('message', (message) => {
    if (message?.type === 'statements') {
      const ops = { background: { ...background } };
      for (const [op, list] of perOp) {
        ops[op] = list.reduce(
          (sum, c) => ({ requests: sum.requests + c.requests, statements: sum.statements + c.statements, transactions: sum.transactions + c.transactions }),
          { requests: 0, statements: 0, transactions: 0 },
        );
      }
      process.send?.({ id: message.id, type: 'statements', ...totals, perOp: ops });
    } else if (message?.type === 'attribute') {
      attribute = Boolean(message.on);
      process.send?.({ id: message.id, type: 'attributing', on: attribute });
    }
  });
  process.channel.unref();
}
