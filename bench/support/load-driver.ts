/**
 * The load benchmark's driver: a child process of load.bench.ts / soak.ts that runs autocannon's programmatic
 * API against the API process, so the load it makes and the API it measures never share an event loop.
 *
 * Each autocannon connection is one member of staff (`setupClient` gives it its user); `setupRequest` asks
 * the mix for that user's next request and `onResponse` tells the mix the answer, so bodies carry the
 * revision the previous answers returned. Latencies are autocannon's own (request written to response
 * complete), recorded per operation. It reports a window of figures every `windowSeconds` after the
 * warm-up, and the whole measured period at the end.
 */
import { Agent, request as httpRequest } from 'node:http';
import autocannon from 'autocannon';
import type { Client } from 'autocannon';
import { percentile } from './figures.js';
import { LoadMix, opKind, seededRandom, type LoadUser, type OpKind, type Outcome, type PlannedRequest } from './load-mix.js';
import { runOpenLoop, type OpenLoopResult } from './open-loop.js';

/**
 * What the driver sends. Closed loops (autocannon, one request in flight per connection): `health` (GET /health),
 * `mix` (the staff's commands and queries), `commands` (the same staff sending only commands), `ceiling` (POST
 * to the bare ceiling server). `open`: commands (or, with `openTarget: 'ceiling'`, ceiling POSTs) at `rate` a
 * second whatever the answers do, latency from each request's scheduled send (bench/support/open-loop.ts).
 * `sequential`: `requests` requests of the mix one at a time, each tagged `x-bench-op` for the statement counter.
 */
export type DriverMode = 'health' | 'mix' | 'commands' | 'ceiling' | 'open' | 'sequential';

/** The ceiling server's request: a small command-like JSON body. */
export const CEILING_BODY = JSON.stringify({ channel: 'port', reporterType: 'government_agency', districtCode: '6471', note: 'x'.repeat(120) });

export interface DriverStart {
  type: 'start';
  url: string;
  mode: DriverMode;
  /** `open` only: the offered rate (requests per second) and what is offered it. */
  rate?: number;
  openTarget?: 'commands' | 'ceiling';
  /** `sequential` only: how many requests. */
  requests?: number;
  users: Array<LoadUser & { token: string }>;
  seconds: number;
  warmupSeconds: number;
  /** Report a window this often (0: only the whole period). */
  windowSeconds: number;
  seed: number;
}

export interface LatencySummary {
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

export interface DriverWindow {
  /** Seconds since the end of the warm-up at which the window started, and its length. */
  from: number;
  seconds: number;
  kinds: Partial<Record<OpKind | 'health' | 'ceiling', LatencySummary>>;
  ops: Record<string, LatencySummary>;
  /** Intended 409s (`CASE.CONCURRENT_UPDATE`) per operation. */
  races: Record<string, number>;
  /** Every other failure, keyed `status code` (e.g. `409 REFERRAL.ALREADY_ANSWERED`, `timeout`, `connection`). */
  errors: Record<string, number>;
  /** Queries answered with `X-Read-Model-Behind`: the read models did not reach the asked position in time. */
  staleReads: number;
}

export type DriverMessage =
  | { type: 'ready' }
  | { type: 'window'; window: DriverWindow }
  | {
      type: 'done';
      total: DriverWindow;
      cases: LoadMix['counts'] | null;
      /** CPU seconds this process used during the measured period. */
      driverCpuSeconds: number;
      autocannon: { requests: number; errors: number; timeouts: number; non2xx: number };
      /** `open` only: the open loop's figures (HDR histograms, coordinated omission corrected). */
      open?: OpenLoopResult;
    };

class Window {
  private readonly samples = new Map<string, number[]>();
  readonly races: Record<string, number> = {};
  readonly errors: Record<string, number> = {};
  staleReads = 0;

  constructor(readonly from: number) {}

  record(op: string, ms: number, outcome: Outcome, stale: boolean): void {
    if (outcome.kind === 'race') this.races[op] = (this.races[op] ?? 0) + 1;
    if (outcome.kind === 'error') {
      const key = `${outcome.status} ${outcome.code || '(no code)'} on ${op}`;
      this.errors[key] = (this.errors[key] ?? 0) + 1;
    }
    if (stale) this.staleReads++;
    // Latency and throughput count the answered requests, races included: a 409 is an answer.
    if (outcome.kind === 'error') return;
    let list = this.samples.get(op);
    if (!list) this.samples.set(op, (list = []));
    list.push(ms);
  }

  failure(key: string): void {
    this.errors[key] = (this.errors[key] ?? 0) + 1;
  }

  summary(seconds: number): DriverWindow {
    const summarise = (xs: number[]): LatencySummary => ({
      count: xs.length,
      perSecond: xs.length / seconds,
      p50: percentile(xs, 50),
      p95: percentile(xs, 95),
      p99: percentile(xs, 99),
      p999: percentile(xs, 99.9),
      max: xs.reduce((m, x) => (x > m ? x : m), 0),
    });
    const ops: Record<string, LatencySummary> = {};
    const byKind = new Map<string, number[]>();
    for (const [op, xs] of this.samples) {
      if (xs.length === 0) continue;
      ops[op] = summarise(xs);
      const kind = op === 'health' || op === 'ceiling' ? op : opKind(op);
      const all = byKind.get(kind) ?? [];
      for (const x of xs) all.push(x);
      byKind.set(kind, all);
    }
    const kinds: DriverWindow['kinds'] = {};
    for (const [kind, xs] of byKind) kinds[kind as OpKind | 'health' | 'ceiling'] = summarise(xs);
    return { from: this.from, seconds, kinds, ops, races: this.races, errors: this.errors, staleReads: this.staleReads };
  }
}

const send = (message: DriverMessage) => process.send!(message);

interface Context {
  user?: number;
  plan?: PlannedRequest;
  outcome?: Outcome;
  stale?: boolean;
}

async function run(start: DriverStart): Promise<void> {
  if (start.mode === 'open' || start.mode === 'sequential') return runUnpaced(start);
  const mix =
    start.mode === 'mix' || start.mode === 'commands' ? new LoadMix(start.users, seededRandom(start.seed), { commandsOnly: start.mode === 'commands' }) : null;
  let nextUser = 0;
  let measuredFrom = -1;
  let window: Window | null = null;
  let total: Window | null = null;
  let windows: NodeJS.Timeout | null = null;
  let cpuAtStart = process.cpuUsage();
  const now = () => performance.now() / 1000;

  const flush = () => {
    if (!window) return;
    const seconds = now() - measuredFrom - window.from;
    if (seconds > 0.5) send({ type: 'window', window: window.summary(seconds) });
    window = new Window(now() - measuredFrom);
  };

  let finished!: (result: autocannon.Result) => void;
  let failed!: (error: unknown) => void;
  const ended = new Promise<autocannon.Result>((resolve, reject) => ((finished = resolve), (failed = reject)));
  const instance = autocannon(
    {
      url: start.url,
      connections: start.users.length,
      duration: start.warmupSeconds + start.seconds,
      timeout: 10,
      requests: [
        {
          setupRequest: (request, context: Context) => {
            // The first request of each connection is built before setupClient gives it a user; it is rebuilt there.
            if (start.mode === 'ceiling') {
              context.plan = ceilingPlan();
              return { ...request, method: 'POST', path: '/ceiling', headers: { 'content-type': 'application/json' }, body: CEILING_BODY };
            }
            if (context.user === undefined || !mix) return { ...request, method: 'GET', path: '/health', headers: {} };
            const plan = mix.next(context.user);
            context.plan = plan;
            return { ...request, method: plan.method, path: plan.path, headers: plan.headers, body: plan.body };
          },
          // Called with each complete answer, before the 'response' event that carries its latency.
          onResponse: (status: number, body: string, context: Context, headers: Record<string, unknown> | undefined) => {
            context.outcome = context.plan ? context.plan.settle(status, body) : status === 200 ? { kind: 'ok' } : { kind: 'error', status, code: '' };
            context.stale = headers !== undefined && Object.keys(headers).some((h) => h.toLowerCase() === 'x-read-model-behind');
          },
        },
      ],
      setupClient: (client: Client) => {
        const user = nextUser++;
        const iterator = (client as unknown as { requestIterator: { initialContext: Context; context: Context; resetContext(): void; rebuildRequest(): void } })
          .requestIterator;
        iterator.initialContext = { user };
        iterator.resetContext();
        iterator.rebuildRequest();
        (client as unknown as NodeJS.EventEmitter).on('response', (_status: number, _bytes: number, ms: number) => {
          const context = iterator.context;
          if (measuredFrom < 0 || !context.outcome) return;
          const op = context.plan?.op ?? 'health';
          window?.record(op, ms, context.outcome, context.stale ?? false);
          total?.record(op, ms, context.outcome, context.stale ?? false);
        });
      },
    },
    (error, result) => (error ? failed(error) : finished(result)),
  );

  instance.on('reqError', () => {
    window?.failure('connection error or timeout');
    total?.failure('connection error or timeout');
  });

  const warmup = setTimeout(() => {
    measuredFrom = now();
    cpuAtStart = process.cpuUsage();
    window = new Window(0);
    total = new Window(0);
    // Windows are timed from the end of the warm-up.
    if (start.windowSeconds > 0) windows = setInterval(flush, start.windowSeconds * 1000);
  }, start.warmupSeconds * 1000);

  const result = await ended;
  clearTimeout(warmup);
  if (windows) clearInterval(windows);
  const measuredSeconds = now() - measuredFrom;
  const cpu = process.cpuUsage(cpuAtStart);
  if (start.windowSeconds > 0) flush();
  send({
    type: 'done',
    total: (total ?? new Window(0)).summary(measuredSeconds),
    cases: mix?.counts ?? null,
    driverCpuSeconds: (cpu.user + cpu.system) / 1e6,
    autocannon: { requests: result.requests.total, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
  });
}

function ceilingPlan(): PlannedRequest {
  return {
    op: 'ceiling',
    kind: 'command',
    method: 'POST',
    path: '/ceiling',
    headers: { 'content-type': 'application/json' },
    body: CEILING_BODY,
    settle: (status, body) => (status === 201 ? { kind: 'ok' } : { kind: 'error', status, code: /"code":"([^"]+)"/.exec(body)?.[1] ?? '' }),
  };
}

/** One request over a keep-alive agent; resolves with the status and the body. */
function sendPlan(agent: Agent, base: URL, plan: PlannedRequest, extraHeaders: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const length = plan.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(plan.body)) };
    const req = httpRequest(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: plan.method,
        path: plan.path,
        headers: { ...plan.headers, ...length, ...extraHeaders },
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(plan.body);
  });
}

/** The open loop (fixed offered rate) and the sequential probe: plain `node:http`, no autocannon pacing. */
async function runUnpaced(start: DriverStart): Promise<void> {
  const base = new URL(start.url);
  const total = new Window(0);
  const cpuAtStart = process.cpuUsage();
  const ceiling = start.mode === 'open' && start.openTarget === 'ceiling';
  const mix = ceiling ? null : new LoadMix(start.users, seededRandom(start.seed), { commandsOnly: start.mode === 'open' });
  const plan = (i: number) => (mix ? mix.next(i % start.users.length) : ceilingPlan());
  let requests = 0;
  let reported = false;
  let open: OpenLoopResult | undefined;
  let seconds: number;
  if (start.mode === 'open') {
    const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
    const warm = Math.round(start.warmupSeconds * (start.rate ?? 0));
    open = await runOpenLoop({
      rate: start.rate ?? 100,
      seconds: start.seconds,
      warmupSeconds: start.warmupSeconds,
      send: async (i) => {
        const planned = plan(i);
        const sent = performance.now();
        requests++;
        try {
          const { status, body } = await sendPlan(agent, base, planned);
          const outcome = planned.settle(status, body);
          if (i >= warm) total.record(planned.op, performance.now() - sent, outcome, false);
          return outcome.kind !== 'error';
        } catch (error) {
          if (!reported)
            console.error(`load driver, open loop: ${error instanceof Error ? error.message : String(error)} (first failure; the others are counted)`);
          reported = true;
          if (i >= warm) total.failure('connection error or timeout');
          return false;
        }
      },
    });
    agent.destroy();
    seconds = start.seconds;
  } else {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const began = performance.now();
    for (let i = 0; i < (start.requests ?? 100); i++) {
      const planned = plan(i);
      const sent = performance.now();
      requests++;
      try {
        const { status, body } = await sendPlan(agent, base, planned, { 'x-bench-op': planned.op });
        total.record(planned.op, performance.now() - sent, planned.settle(status, body), false);
      } catch {
        total.failure('connection error or timeout');
      }
    }
    agent.destroy();
    seconds = (performance.now() - began) / 1000;
  }
  const cpu = process.cpuUsage(cpuAtStart);
  const summary = total.summary(seconds);
  send({
    type: 'done',
    total: summary,
    cases: mix?.counts ?? null,
    driverCpuSeconds: (cpu.user + cpu.system) / 1e6,
    autocannon: { requests, errors: Object.values(summary.errors).reduce((a, b) => a + b, 0), timeouts: 0, non2xx: 0 },
    open,
  });
}

process.once('message', (message: DriverStart) => {
  run(message).then(
    () => process.disconnect(),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
send({ type: 'ready' });
