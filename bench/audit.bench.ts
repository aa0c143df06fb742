/**
 * Time travel on a long case: the time to answer `state?at=` for a case of 1,000 events next to the raw
 * time to read those 1,000 events from the store, in the same run, interleaved. Target: within 2× the read.
 *
 *   npm run bench:audit [-- --events 1000 --iterations 200 --warmup 20]
 *
 * `state?at=` is measured through the real HTTP endpoint (`GET /audit/cases/:id/state?at=&reason=`, the Nest
 * app started in this process, an auditor's bearer token, the access-log insert every audit read makes) when
 * the API has it; otherwise `caseStateAt` is measured directly and the output says so. Alongside either way:
 * `caseStateAt` called in-process (what the HTTP layer adds) and `foldCase` alone over the events already in
 * memory (what the fold costs apart from any I/O).
 *
 * The case is built with `executeCaseCommand` (open it, then send and withdraw referrals in turn), as the API
 * writes it. Runs on DATABASE_URL when set, else on an embedded PostgreSQL; always in a fresh database it drops after.
 */
import { randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { INestApplication } from '@nestjs/common';
import { caseStateAt, executeCaseCommand, toCaseEvent } from '@rujukan/application';
import { caseStreamName, foldCase, initialState, type Actor, type CaseCommand } from '@rujukan/domain';
import { PostgresEventStore, runMigrations } from '@rujukan/event-store';
import { mintDevelopmentToken, parseAppConfig } from '@rujukan/platform';
import { allMigrations } from '@rujukan/read-models';
import { openBenchDatabase } from './support/bench-database.js';
import { median, percentile } from './support/figures.js';
import { benchEnvironment, writeResult } from './support/results.js';
import { recordTestDirectoryAt, testAgencyDirectory } from '../test/support/test-directory.js';

const testDirectory = testAgencyDirectory();

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
  },
});
const targetEvents = Number(values.events);
const iterations = Number(values.iterations);
const warmup = Number(values.warmup);

const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: 'UPTD-PPA-64' };
const auditor: Actor = { userId: 'bench-auditor', role: 'auditor', agency: 'INSPEKTORAT-64' };

async function run(store: PostgresEventStore, actor: Actor, type: string, data: Record<string, unknown>): Promise<void> {
  const now = new Date().toISOString();
  const command = { type, data, metadata: { actor, now } } as CaseCommand;
  await executeCaseCommand(store, testDirectory, command, { actor, commandId: randomUUID(), correlationId: randomUUID(), now });
}

/** One case of `count` events: opened, then referrals sent and withdrawn in turn. */
async function buildCase(store: PostgresEventStore, count: number): Promise<string> {
  const caseId = randomUUID();
  await run(store, caseworker, 'OpenCase', { caseId, channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
  for (let written = 1; written < count;) {
    const referralId = randomUUID();
    const police = written % 4 === 1;
    await run(store, caseworker, 'SendReferral', {
      caseId,
      referralId,
      toAgency: police ? 'POLDA-KALTIM' : 'DINSOS-6471',
      service: police ? 'law_enforcement' : 'shelter',
      reason: `referral ${written}`,
      responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      sharesIdentity: false,
    });
    written++;
    if (written < count) {
      await run(store, supervisor, 'WithdrawReferral', { caseId, referralId, reason: `withdrawn ${written}` });
      written++;
    }
  }
  return caseId;
}

/** `GET /audit/cases/:id/state` on the API started in this process, or null when the API has no such route. */
async function startHttpStateAt(
  benchUrl: string,
  caseId: string,
  at: string,
  expectedEvents: number,
): Promise<{ ask: () => Promise<void>; close: () => Promise<void> } | { missing: string }> {
  // Time travel is measured, not the directory: development secrets, the auditor's agency recorded, users need not be.
  process.env.DEVELOPMENT_SECRETS = 'true';
  process.env.REQUIRE_REGISTERED_USERS = 'false';
  process.env.DATABASE_URL = benchUrl;
  process.env.LOG_LEVEL = 'silent';
  process.env.RUN_PROJECTOR = 'false';
  // One user asks hundreds of times a minute: the rate limits would answer 429 and the figures would measure them.
  process.env.RATE_LIMIT_PER_USER_PER_MINUTE = '0';
  process.env.RATE_LIMIT_PER_IP_PER_MINUTE = '0';
  let app: INestApplication | null = null;
  await recordTestDirectoryAt(benchUrl);
  try {
    const { createApiApp } = (await import('../apps/api/src/bootstrap.js')) as { createApiApp(options: { withProjector: boolean }): Promise<INestApplication> };
    app = await createApiApp({ withProjector: false });
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const token = await mintDevelopmentToken(parseAppConfig(process.env), { userId: auditor.userId, role: auditor.role, agency: auditor.agency, ttl: '2h' });
    const url = `${base}/audit/cases/${caseId}/state?at=${encodeURIComponent(at)}&reason=${encodeURIComponent('bench:audit time travel')}`;
    const headers = { authorization: `Bearer ${token}` };
    const probe = await fetch(url, { headers });
    const body = (await probe.json()) as { eventCount?: number };
    if (probe.status !== 200) {
      await app.close();
      return { missing: `GET /audit/cases/:id/state answered ${probe.status}` };
    }
    if (body.eventCount !== expectedEvents) throw new Error(`state?at= folded ${body.eventCount} events, expected ${expectedEvents}`);
    const opened = app;
    return {
      ask: async () => {
        const response = await fetch(url, { headers });
        const answer = (await response.json()) as { eventCount: number };
        if (response.status !== 200 || answer.eventCount !== expectedEvents) throw new Error(`state?at= answered ${response.status}`);
      },
      close: () => opened.close(),
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    if (error instanceof Error && /state\?at= folded/.test(error.message)) throw error;
    return { missing: `the API could not be started with it (${error instanceof Error ? error.message : String(error)})` };
  }
}

const ms = (start: number) => performance.now() - start;

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { url: benchUrl, version } = database;
  const environment = benchEnvironment(database);
  let store: PostgresEventStore | null = null;
  let http: { ask: () => Promise<void>; close: () => Promise<void> } | null = null;
  try {
    await runMigrations(benchUrl, allMigrations);
    store = new PostgresEventStore({ connectionString: benchUrl, poolSize: 4, notify: 'off' });

    const buildStarted = performance.now();
    const caseId = await buildCase(store, targetEvents);
    const buildSeconds = ms(buildStarted) / 1000;
    const stream = caseStreamName(caseId);
    const events = await store.readStream(stream);
    if (events.length !== targetEvents) throw new Error(`the case has ${events.length} events, expected ${targetEvents}`);
    // As autovacuum would soon after a load: visibility map and statistics, so reads measure steady state.
    const client = new pg.Client({ connectionString: benchUrl });
    await client.connect();
    await client.query('VACUUM (ANALYZE) events');
    await client.end();

    // Just after the last event (recorded times carry microseconds; a millisecond later includes it): all events fold.
    const at = new Date(events.at(-1)!.recordedAt.getTime() + 1);
    const atIso = at.toISOString();

    const started = await startHttpStateAt(benchUrl, caseId, atIso, targetEvents);
    const missing = 'missing' in started ? started.missing : null;
    http = 'missing' in started ? null : started;
    const s = store;
    const measures: Array<{ label: string; once: () => Promise<void>; samples: number[] }> = [
      {
        label: `raw read: store.readStream(stream), ${targetEvents} events`,
        once: async () => {
          const read = await s.readStream(stream);
          if (read.length !== targetEvents) throw new Error(`read ${read.length} events`);
        },
        samples: [],
      },
      {
        // No I/O: the events already read, folded as caseStateAt folds them; what the read does not explain.
        label: `foldCase of the ${targetEvents} events already in memory (no I/O)`,
        once: async () => {
          const state = foldCase(events.map(toCaseEvent), initialState);
          if (!state.exists) throw new Error('the fold found no case');
        },
        samples: [],
      },
      {
        label: `caseStateAt(store, id, { at }) in-process, ${targetEvents} events folded`,
        once: async () => {
          const asOf = await caseStateAt(s, caseId, { at });
          if (asOf.eventCount !== targetEvents) throw new Error(`folded ${asOf.eventCount} events`);
        },
        samples: [],
      },
    ];
    if (http) {
      measures.push({
        label: 'GET /audit/cases/:id/state?at=&reason= over HTTP (token check, access-log insert, read, fold, JSON)',
        once: http.ask,
        samples: [],
      });
    }
    const stateAt = measures.at(-1)!;

    for (let i = 0; i < warmup; i++) for (const m of measures) await m.once();
    for (let i = 0; i < iterations; i++) {
      // Interleaved, in a rotating order, so drift (cache, autovacuum, CPU frequency) falls on all alike.
      for (let k = 0; k < measures.length; k++) {
        const m = measures[(i + k) % measures.length];
        const t = performance.now();
        await m.once();
        m.samples.push(ms(t));
      }
    }

    const cpu = cpus();
    console.log(
      `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ` +
        `PostgreSQL ${version} (${database.engine})`,
    );
    console.log(
      `Case: ${targetEvents} events (1 CaseOpened, then ReferralSent/ReferralWithdrawn in turn), written with executeCaseCommand in ${buildSeconds.toFixed(1)} s; ` +
        `at = ${atIso} (just after the last event)`,
    );
    console.log(`Each measurement ${iterations} times after ${warmup} warm-up runs, interleaved in rotating order.`);
    if (missing) console.log(`state?at= measured as caseStateAt directly: the HTTP endpoint is not available (${missing}).`);
    console.log('');
    console.log('measurement | median ms | p99 ms | median ÷ raw read | p99 ÷ raw read p99');
    console.log(':--- | ---: | ---: | ---: | ---:');
    const raw = measures[0];
    const rawMedian = median(raw.samples);
    const rawP99 = percentile(raw.samples, 99);
    for (const m of measures) {
      console.log(
        `${m.label} | ${median(m.samples).toFixed(2)} | ${percentile(m.samples, 99).toFixed(2)} | ${(median(m.samples) / rawMedian).toFixed(2)} | ${(percentile(m.samples, 99) / rawP99).toFixed(2)}`,
      );
    }
    const ratio = median(stateAt.samples) / rawMedian;
    console.log('');
    console.log(
      `state?at= (${http ? 'HTTP endpoint' : 'caseStateAt directly'}) ÷ raw read, medians: ${ratio.toFixed(2)}× (p99: ${(percentile(stateAt.samples, 99) / rawP99).toFixed(2)}×); ` +
        `target ≤ 2×: ${ratio <= 2 ? 'met' : 'missed'}`,
    );
    writeResult({
      name: 'audit',
      title: 'Time travel: the state of a 1,000-event case at a point in time',
      command: 'npm run bench:audit',
      date: new Date().toISOString(),
      environment,
      parameters: { events: targetEvents, iterations, warmup },
      baseline: `the raw read of the case's ${targetEvents} events (readStream), interleaved`,
      tables: [
        {
          columns: ['measurement', 'median ms', 'p99 ms', 'median ÷ raw read', 'p99 ÷ raw read p99'],
          rows: measures.map((m) => [
            m.label,
            median(m.samples).toFixed(2),
            percentile(m.samples, 99).toFixed(2),
            (median(m.samples) / rawMedian).toFixed(2),
            (percentile(m.samples, 99) / rawP99).toFixed(2),
          ]),
        },
      ],
      targets: [
        {
          label: `state?at= (${http ? 'over HTTP' : 'caseStateAt directly'}) ÷ raw read, medians`,
          target: '≤ 2×',
          measured: `${ratio.toFixed(2)}×`,
          met: ratio <= 2,
        },
      ],
      notes: missing ? [`state?at= measured as caseStateAt directly: the HTTP endpoint is not available (${missing}).`] : [],
    });
  } finally {
    await http?.close().catch(() => undefined);
    await store?.close();
    await database.drop();
  }
}

await main();
