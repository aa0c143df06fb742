/**
 * Finding a case among 100,000: the time `GET /cases?q=…` takes to answer (by NIK, phone, one or two words of a name,
 * registration number, initials and police report number) and the unfiltered first page of `GET /cases`, next to a
 * raw lookup of one token in `victim_blind_index` by its primary key in the same run, interleaved.
 * Target: every search answers in under 100 ms median.
 *
 *   npm run bench:search [-- --cases 100000 --iterations 200 --warmup 20]
 *
 * The case summaries go straight into `rm_case_summaries` (one INSERT ... SELECT over generate_series, seeded) spread
 * over 12 provinces' UPTD PPA, each with a registration number, initials and for a third a police report number; the
 * victims' blind-index tokens (a name of two or three words drawn from 400 common ones, a NIK, a phone number, the name
 * with the birth year) are made by the same `BlindIndexer` the API uses and inserted in batches. The API runs in this
 * process, as a caseworker of Kalimantan Timur's UPTD PPA with a bearer token.
 * Runs on DATABASE_URL when set, else on an embedded PostgreSQL; always in a fresh database it drops after.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { INestApplication } from '@nestjs/common';
import { BlindIndexer } from '@rujukan/application';
import { runMigrations } from '@rujukan/event-store';
import { mintDevelopmentToken, parseAppConfig } from '@rujukan/platform';
import { allMigrations } from '@rujukan/read-models';
import { blindIndexKey } from '@rujukan/server';
import { openBenchDatabase } from './support/bench-database.js';
import { median, percentile } from './support/figures.js';
import { benchEnvironment, writeResult, type BenchTable } from './support/results.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
  },
});
const caseCount = Number(values.cases);
const iterations = Number(values.iterations);
const warmup = Number(values.warmup);
const TARGET_MS = 100;

const PROVINCES = ['64', '65', '61', '63', '35', '32', '73', '52', '53', '33', '31', '71'];
const PREFIX: Record<string, string> = {
  '64': 'KI',
  '65': 'KU',
  '61': 'KB',
  '63': 'KS',
  '35': 'JI',
  '32': 'JB',
  '73': 'SN',
  '52': 'NB',
  '53': 'NT',
  '33': 'JT',
  '31': 'JK',
  '71': 'SA',
};
const VIEWER = 'UPTD-PPA-64';

/** A deterministic generator, so every run draws the same victims. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = ['si', 'ti', 'nur', 'a', 'mi', 'nah', 'de', 'wi', 'sri', 'ra', 'hma', 'wa', 'ti', 'ma', 'ya', 'li', 'ka', 'su', 'ni', 'lan'];
const WORDS = Array.from({ length: 400 }, (_, i) => `${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${i}`);

const ms = (start: number) => performance.now() - start;

interface Measure {
  label: string;
  once: () => Promise<void>;
  samples: number[];
}

async function startApi(benchUrl: string): Promise<{ app: INestApplication; base: string }> {
  process.env.DEVELOPMENT_SECRETS = 'true';
  process.env.REQUIRE_REGISTERED_USERS = 'false';
  process.env.DATABASE_URL = benchUrl;
  process.env.LOG_LEVEL = 'silent';
  process.env.RUN_PROJECTOR = 'false';
  process.env.RATE_LIMIT_PER_USER_PER_MINUTE = '0';
  process.env.RATE_LIMIT_PER_IP_PER_MINUTE = '0';
  const { createApiApp } = (await import('../apps/api/src/bootstrap.js')) as { createApiApp(options: { withProjector: boolean }): Promise<INestApplication> };
  const app = await createApiApp({ withProjector: false });
  try {
    await app.listen(0, '127.0.0.1');
    return { app, base: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { url: benchUrl, version } = database;
  const environment = benchEnvironment(database);
  let client: pg.Client | null = null;
  let app: INestApplication | null = null;
  try {
    await runMigrations(benchUrl, allMigrations);
    client = new pg.Client({ connectionString: benchUrl });
    await client.connect();
    const db = client;
    const loadStarted = performance.now();
    await db.query(
      `INSERT INTO agencies (code, name, type, province_code, district_code)
       SELECT 'UPTD-PPA-' || p, 'UPTD PPA ' || p, 'uptd_ppa', p, NULL FROM unnest($1::text[]) AS p`,
      [PROVINCES],
    );
    await db.query('SELECT setseed(0.2026)');
    // Case i belongs to province i % 12 and is the (i / 12 + 1)-th of its series.
    await db.query(
      `INSERT INTO rm_case_summaries (case_id, registration_number, owner_agency, stage, status, channel, found_district_code, victim_initials,
         legal, opened_at, updated_at, last_revision, closed_at)
       SELECT md5('case' || i)::uuid,
              ($2::text[])[i % 12 + 1] || '-2026-' || lpad(((i / 12) + 1)::text, 4, '0'),
              'UPTD-PPA-' || ($3::text[])[i % 12 + 1],
              (ARRAY['intake', 'assessment', 'rehabilitation', 'repatriation', 'reintegration', 'closed'])[1 + (i % 6)],
              CASE WHEN i % 6 = 5 THEN 'closed' ELSE 'open' END,
              'port', '6503',
              chr(65 + (random() * 25)::int) || chr(65 + (random() * 25)::int),
              CASE WHEN i % 3 = 0 THEN jsonb_build_object('policeReports', jsonb_build_object('LP/B/' || i || '/2026/SPKT', '{}'::jsonb)) ELSE '{}'::jsonb END,
              timestamp '2026-01-01' + (i % 330) * interval '1 day', now(), 5,
              CASE WHEN i % 6 = 5 THEN now() ELSE NULL END
       FROM generate_series(0, $1 - 1) AS i`,
      [caseCount, PROVINCES.map((p) => PREFIX[p]), PROVINCES],
    );
    const indexer = new BlindIndexer(blindIndexKey({ BLIND_INDEX_KEY: undefined, NODE_ENV: 'development', DEVELOPMENT_SECRETS: true }));
    const draw = random(2026);
    const victims: Array<{ name: string; nik: string; phone: string }> = [];
    for (let start = 0; start < caseCount; start += 5000) {
      const tokens: Buffer[] = [];
      const kinds: string[] = [];
      const ids: string[] = [];
      const caseIds = (
        await db.query<{ id: string; i: number }>(`SELECT md5('case' || i)::uuid::text AS id, i FROM generate_series($1::int, $2::int) AS i ORDER BY i`, [
          start,
          Math.min(caseCount, start + 5000) - 1,
        ])
      ).rows;
      for (const { id } of caseIds) {
        const words = Array.from({ length: 2 + Math.floor(draw() * 2) }, () => WORDS[Math.floor(draw() * WORDS.length)]!);
        const victim = {
          name: words.join(' '),
          nik: String(6400000000000000 + Math.floor(draw() * 99999999999999)),
          phone: `08${String(1000000000 + Math.floor(draw() * 8999999999))}`,
        };
        victims.push(victim);
        for (const t of indexer.victimTokens({ fullName: victim.name, nik: victim.nik, phone: victim.phone }, 1990 + Math.floor(draw() * 20))) {
          tokens.push(t.token);
          kinds.push(t.kind);
          ids.push(id);
        }
      }
      await db.query(`INSERT INTO victim_blind_index (token, case_id, kind) SELECT * FROM unnest($1::bytea[], $2::uuid[], $3::text[]) ON CONFLICT DO NOTHING`, [
        tokens,
        ids,
        kinds,
      ]);
    }
    await db.query('VACUUM (ANALYZE) rm_case_summaries');
    await db.query('VACUUM (ANALYZE) victim_blind_index');
    const loadSeconds = ms(loadStarted) / 1000;
    const tokenRows = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM victim_blind_index')).rows[0].n);

    const started = await startApi(benchUrl);
    app = started.app;
    const config = parseAppConfig(process.env);
    const token = await mintDevelopmentToken(config, { userId: 'bench-cw-kaltim', role: 'caseworker', agency: VIEWER, ttl: '2h' });
    const ask = async (query: string): Promise<{ total: number; cases: Array<{ caseId: string }> }> => {
      const response = await fetch(`${started.base}/cases?${query}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { total: number; cases: Array<{ caseId: string }> };
      if (response.status !== 200) throw new Error(`GET /cases?${query} answered ${response.status}: ${JSON.stringify(body)}`);
      return body;
    };

    // A victim of a Kaltim case (i % 12 === 0 is province 64), its number, and a police report number of one.
    const own = victims[12 * 40]!;
    const searches: Array<{ label: string; query: string; expect: (total: number) => boolean }> = [
      { label: 'q=NIK', query: `q=${own.nik}`, expect: (n) => n === 1 },
      { label: 'q=phone', query: `q=${encodeURIComponent(own.phone)}`, expect: (n) => n === 1 },
      { label: 'q=one word of a name', query: `q=${own.name.split(' ')[0]}`, expect: (n) => n >= 1 },
      { label: 'q=two words of a name', query: `q=${encodeURIComponent(own.name.split(' ').slice(0, 2).join(' '))}`, expect: (n) => n >= 1 },
      { label: 'q=registration number', query: 'q=KI-2026-0041', expect: (n) => n === 1 },
      { label: 'q=initials', query: 'q=SR', expect: (n) => n >= 0 },
      { label: 'q=police report number', query: `q=${encodeURIComponent('LP/B/480/2026/SPKT')}`, expect: (n) => n === 1 },
      { label: 'no q: first page of open cases at intake', query: 'stage=intake&status=open', expect: (n) => n > 0 },
      { label: 'no q: first page of every case', query: '', expect: (n) => n > 0 },
    ];
    const found: number[] = [];
    for (const s of searches) {
      const answer = await ask(s.query);
      if (!s.expect(answer.total)) throw new Error(`${s.label}: ${answer.total} cases found`);
      found.push(answer.total);
    }
    const nikToken = indexer.token('nik', own.nik);
    const baseline: Measure = {
      label: 'baseline: SELECT case_id FROM victim_blind_index WHERE token = $1 (pg, direct)',
      once: async () => {
        const { rows } = await db.query('SELECT case_id FROM victim_blind_index WHERE token = $1', [nikToken]);
        if (rows.length !== 1) throw new Error('the NIK token changed');
      },
      samples: [],
    };
    const endpoints: Measure[] = searches.map((s, i) => ({
      label: `GET /cases ${s.label}`,
      once: async () => {
        const answer = await ask(s.query);
        if (answer.total !== found[i]) throw new Error(`${s.label}: total changed`);
      },
      samples: [],
    }));
    const measures = [baseline, ...endpoints];
    for (let i = 0; i < warmup; i++) for (const m of measures) await m.once();
    for (let i = 0; i < iterations; i++) {
      for (let k = 0; k < measures.length; k++) {
        const m = measures[(i + k) % measures.length]!;
        const t = performance.now();
        await m.once();
        m.samples.push(ms(t));
      }
    }

    const baseMedian = median(baseline.samples);
    console.log(
      `Data: ${caseCount.toLocaleString('en')} case summaries over ${PROVINCES.length} provinces, ${tokenRows.toLocaleString('en')} blind-index tokens; ` +
        `loaded in ${loadSeconds.toFixed(1)} s. PostgreSQL ${version} (${database.engine}). Each measurement ${iterations} times after ${warmup} warm-up runs, interleaved.`,
    );
    console.log('');
    console.log(`measurement | cases found | median ms | p99 ms | median ÷ baseline median | < ${TARGET_MS} ms median`);
    console.log(':--- | ---: | ---: | ---: | ---: | :---:');
    console.log(`${baseline.label} | 1 | ${baseMedian.toFixed(2)} | ${percentile(baseline.samples, 99).toFixed(2)} | 1.00 | –`);
    endpoints.forEach((m, i) => {
      const med = median(m.samples);
      console.log(
        `${m.label} | ${found[i]} | ${med.toFixed(2)} | ${percentile(m.samples, 99).toFixed(2)} | ${(med / baseMedian).toFixed(2)} | ${med < TARGET_MS ? 'met' : 'MISSED'}`,
      );
    });
    const table: BenchTable = {
      columns: ['measurement', 'cases found', 'median ms', 'p99 ms', 'median ÷ baseline median'],
      rows: [
        [baseline.label, 1, baseMedian.toFixed(2), percentile(baseline.samples, 99).toFixed(2), '1.00'],
        ...endpoints.map((m, i) => [
          m.label,
          found[i]!,
          median(m.samples).toFixed(2),
          percentile(m.samples, 99).toFixed(2),
          (median(m.samples) / baseMedian).toFixed(2),
        ]),
      ],
    };
    writeResult({
      name: 'search',
      title: 'Finding a case among 100,000',
      command: 'npm run bench:search',
      date: new Date().toISOString(),
      environment,
      parameters: { cases: caseCount, iterations, warmup },
      baseline: 'a raw lookup of one NIK token in `victim_blind_index` by its primary key, interleaved',
      tables: [table],
      targets: endpoints.map((m) => ({
        label: m.label,
        target: `< ${TARGET_MS} ms median`,
        measured: `${median(m.samples).toFixed(2)} ms`,
        met: median(m.samples) < TARGET_MS,
      })),
      notes: [`${caseCount.toLocaleString('en')} case summaries, ${tokenRows.toLocaleString('en')} blind-index tokens, viewed as a caseworker of ${VIEWER}.`],
    });
  } finally {
    await app?.close().catch(() => undefined);
    await client?.end().catch(() => undefined);
    await database.drop();
  }
}

await main();
