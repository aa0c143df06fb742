/**
 * Statistics over 100,000 cases: the time `GET /stats/cases` takes to answer, national and scoped to a
 * province or a district, next to a raw `SELECT count(*) FROM rm_stats_cases` in the same run, interleaved.
 * Target: every query answers in under 100 ms median, from the projection (the database holds no events).
 *
 *   npm run bench:stats [-- --cases 100000 --iterations 200 --warmup 20 --heavy]
 *
 * The rows go straight into `rm_stats_cases` (one INSERT ... SELECT over generate_series, seeded so every
 * run draws the same cases), shaped like Indonesia's TPPO data: identified 2018–2026 with a rise from 2023,
 * mostly at the border and port provinces (Kaltim, Kaltara, Kalbar, Jakarta, Bali, NTT, NTB, Kepri) and a
 * long tail elsewhere; origins concentrated in NTT, NTB, Jatim and Jabar; mostly women, about 30% children;
 * destinations Malaysia, Saudi Arabia, Cambodia, Taiwan, Hong Kong and within Indonesia. The long tails are
 * what makes small cells, so suppression does real work.
 *
 * The endpoint is measured over HTTP (the Nest app started in this process, a task-force analyst's bearer
 * token per scope, the directory checks every request makes). Alongside, to show where the time goes: the
 * endpoint's SQL run directly, and `suppressSmallCells` alone over the cells that SQL returns.
 * `--heavy` adds one request for a detailed table (national, groupBy=foundProvince,originProvince,year: some
 * 1,800 cells, hundreds suppressed), timed once, with the longest stall of the API's event loop meanwhile.
 * Runs on DATABASE_URL when set, else on an embedded PostgreSQL; always in a fresh database it drops after.
 */
import { cpus, totalmem } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { INestApplication } from '@nestjs/common';
import { suppressSmallCells, type Cell } from '@rujukan/domain';
import { runMigrations } from '@rujukan/event-store';
import { mintDevelopmentToken, parseAppConfig } from '@rujukan/platform';
import { allMigrations } from '@rujukan/read-models';
import { openBenchDatabase } from './support/bench-database.js';
import { median, percentile } from './support/figures.js';
import { benchEnvironment, writeResult, type BenchTable } from './support/results.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    heavy: { type: 'boolean', default: false },
  },
});
const caseCount = Number(values.cases);
const iterations = Number(values.iterations);
const warmup = Number(values.warmup);
const TARGET_MS = 100;

// ---------------------------------------------------------------- a realistic, skewed population

type Weights = ReadonlyArray<readonly [value: string | number | null, weight: number]>;

/** SQL drawing one value per row with the given weights: a bucket of `random()` over the cumulative weights. */
function draw(weights: Weights, type: 'text' | 'int' = 'text'): string {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let cumulative = 0;
  const bounds = weights.map(([, w]) => {
    const lower = cumulative / total;
    cumulative += w;
    return lower.toFixed(6);
  });
  const literal = (v: string | number | null) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
  return `(ARRAY[${weights.map(([v]) => literal(v)).join(', ')}]::${type}[])[width_bucket(random(), ARRAY[${bounds.join(', ')}]::float8[])]`;
}

// More cases each year since the task forces were revived in 2023; 2026 so far (to late November).
const YEARS: Weights = [
  [2018, 6],
  [2019, 7],
  [2020, 4],
  [2021, 6],
  [2022, 9],
  [2023, 19],
  [2024, 17],
  [2025, 18],
  [2026, 14],
];

// Where victims are identified: border crossings, ports and airports, then a long tail.
const FOUND_DISTRICTS: Weights = [
  ['6503', 9], // Nunukan (Kaltara), the main crossing to Sabah
  ['6571', 3.5], // Tarakan
  ['6501', 1.2], // Bulungan
  ['6471', 7], // Balikpapan (Kaltim)
  ['6472', 4.5], // Samarinda
  ['6402', 2], // Kutai Kartanegara
  ['6409', 1], // Penajam Paser Utara
  ['6474', 0.8], // Bontang
  ['6103', 5], // Sanggau, Entikong crossing (Kalbar)
  ['6101', 2.5], // Sambas, Aruk crossing
  ['6171', 3], // Pontianak
  ['6172', 0.8], // Singkawang
  ['3173', 4], // Jakarta Barat, Soekarno-Hatta side
  ['3172', 2.5], // Jakarta Utara, Tanjung Priok
  ['3175', 2], // Jakarta Timur
  ['3171', 1.5], // Jakarta Pusat
  ['3174', 1], // Jakarta Selatan
  ['5103', 4], // Badung, Ngurah Rai (Bali)
  ['5171', 2.5], // Denpasar
  ['5108', 0.6], // Buleleng
  ['5371', 5], // Kota Kupang (NTT)
  ['5301', 2], // Kupang
  ['5304', 1.5], // Belu, Motaain crossing
  ['5307', 0.8], // Sikka
  ['5271', 3.5], // Mataram (NTB)
  ['5203', 2.5], // Lombok Timur
  ['5201', 1.2], // Lombok Barat
  ['5204', 0.6], // Sumbawa
  ['2171', 6], // Batam (Kepri)
  ['2172', 1.5], // Tanjung Pinang
  ['2102', 1], // Karimun
  ['1271', 2], // Medan (Sumut)
  ['3578', 2], // Surabaya (Jatim)
  ['3275', 1], // Kota Bekasi (Jabar)
  ['7371', 1.2], // Makassar (Sulsel)
  ['1871', 0.3], // Bandar Lampung
  ['3374', 0.4], // Semarang
  ['8171', 0.08], // Ambon (Maluku)
  ['9471', 0.05], // Jayapura (Papua)
  ['1171', 0.03], // Banda Aceh
];

// Where victims come from: NTT, NTB, Jatim, Jabar above all, then Jateng, Sulsel, Lampung, Sumut and a long tail.
const ORIGIN_DISTRICTS: Weights = [
  ['5302', 5], // Timor Tengah Selatan
  ['5301', 3], // Kupang
  ['5303', 2], // Timor Tengah Utara
  ['5304', 1.5], // Belu
  ['5321', 1.2], // Malaka
  ['5307', 1.5], // Sikka
  ['5306', 1.2], // Flores Timur
  ['5313', 0.8], // Lembata
  ['5371', 1], // Kota Kupang
  ['5203', 6], // Lombok Timur
  ['5202', 4], // Lombok Tengah
  ['5201', 2.5], // Lombok Barat
  ['5208', 1], // Lombok Utara
  ['5204', 1], // Sumbawa
  ['5206', 0.8], // Bima
  ['3509', 2.5], // Jember
  ['3510', 2], // Banyuwangi
  ['3507', 2], // Malang
  ['3505', 1.5], // Blitar
  ['3504', 1.2], // Tulungagung
  ['3502', 1.2], // Ponorogo
  ['3526', 0.8], // Bangkalan
  ['3212', 3], // Indramayu
  ['3209', 2], // Cirebon
  ['3203', 2], // Cianjur
  ['3202', 1.5], // Sukabumi
  ['3215', 1.2], // Karawang
  ['3205', 1], // Garut
  ['3301', 1.5], // Cilacap (Jateng)
  ['3329', 1.2], // Brebes
  ['3302', 1], // Banyumas
  ['3328', 0.8], // Tegal
  ['7302', 0.8], // Bulukumba (Sulsel)
  ['7306', 0.6], // Gowa
  ['7371', 0.5], // Makassar
  ['1807', 0.8], // Lampung Timur
  ['1802', 0.6], // Lampung Tengah
  ['1207', 0.8], // Deli Serdang (Sumut)
  ['1271', 0.5], // Medan
  ['6101', 0.5], // Sambas (Kalbar)
  ['6103', 0.3], // Sanggau
  ['6471', 0.25], // Balikpapan (Kaltim)
  ['6472', 0.2], // Samarinda
  ['6402', 0.1], // Kutai Kartanegara
  ['6503', 0.15], // Nunukan (Kaltara)
  ['3603', 0.4], // Tangerang (Banten)
  ['3671', 0.2], // Kota Tangerang
  ['1371', 0.15], // Padang (Sumbar)
  ['7601', 0.1], // Majene (Sulbar)
  ['8171', 0.04], // Ambon (Maluku)
  ['9471', 0.03], // Jayapura (Papua)
  ['1171', 0.02], // Banda Aceh
];

const CHANNELS: Weights = [
  ['port', 24],
  ['police', 20],
  ['bp2mi', 16],
  ['hotline', 11],
  ['consulate', 11],
  ['walk_in', 10],
  ['outreach', 8],
];
const NATIONALITIES: Weights = [
  ['ID', 970],
  ['MY', 8],
  ['PH', 7],
  ['MM', 5],
  ['KH', 4],
  ['BD', 3],
  ['VN', 2],
  ['TL', 1],
];
const DESTINATIONS: Weights = [
  ['MY', 38],
  ['SA', 12],
  ['KH', 11],
  ['ID', 12],
  ['TW', 7],
  ['HK', 6],
  ['AE', 4],
  ['MM', 3],
  ['SG', 2.5],
  ['JP', 1.5],
  ['KR', 1.5],
  ['TR', 0.8],
  ['PL', 0.3],
];
const EXPLOITATION: Weights = [
  ['forced_labour', 42],
  ['sexual_exploitation', 20],
  ['online_scam', 14],
  ['domestic_servitude', 14],
  ['forced_marriage', 5],
  ['forced_criminality', 3],
  ['other', 1.8],
  ['organ_removal', 0.2],
];
const RECRUITMENT: Weights = [
  ['job_offer', 40],
  ['broker_or_sponsor', 25],
  ['online_advertisement', 15],
  ['family_or_friend', 10],
  ['marriage_proposal', 4],
  ['false_internship', 3],
  ['abduction', 1],
  ['other', 2],
];
const MODUS: Weights = [
  ['domestic_work', 24],
  ['plantation_work', 20],
  ['it_work', 12],
  ['shop_work', 9],
  ['fishing_vessel', 8],
  ['entertainment_work', 8],
  ['contract_marriage', 5],
  ['internship', 3],
  ['mail_order_bride', 3],
  ['mandarin_translator', 3],
  ['other', 5],
];
const TRANSIT: Weights = [
  ['6503', 30],
  ['2171', 25],
  ['6103', 15],
  ['3173', 15],
  ['5371', 10],
  ['1271', 5],
];
const VICTIM_STATUS: Weights = [
  ['confirmed', 58],
  ['presumed', 32],
  ['not_a_victim', 10],
];
const OPEN_STAGE: Weights = [
  ['assessment', 20],
  ['rehabilitation', 35],
  ['repatriation', 20],
  ['reintegration', 25],
];
const CLOSURE: Weights = [
  ['reintegrated', 62],
  ['transferred_out', 10],
  ['lost_contact', 12],
  ['victim_declined_services', 8],
  ['not_a_victim', 5],
  ['other', 2.6],
  ['victim_deceased', 0.4],
];

/**
 * One statement for all the rows: every random draw happens in the inner query, the outer one ties them
 * together (province from district, no origin for foreigners, no assessment before one is recorded, ...).
 */
function populateSql(count: number): string {
  return `
    INSERT INTO rm_stats_cases (case_id, opened_at, opened_year, opened_month, found_province, found_district, channel,
      origin_province, origin_district, sex, age_group, nationality, victim_status, destination_country,
      exploitation_types, recruitment_methods, modus, transit_points, stage, closure_reason, closed_at, last_revision)
    SELECT case_id, t.opened_at,
      extract(year FROM opened_at AT TIME ZONE 'Asia/Jakarta')::int,
      extract(month FROM opened_at AT TIME ZONE 'Asia/Jakarta')::int,
      left(found_district, 2), found_district, channel,
      CASE WHEN registered AND nationality = 'ID' THEN left(origin_district, 2) END,
      CASE WHEN registered AND nationality = 'ID' THEN origin_district END,
      CASE WHEN registered THEN CASE WHEN r_sex < 0.68 THEN 'female' ELSE 'male' END END,
      CASE WHEN registered THEN CASE WHEN r_child < 0.3 THEN 'child' ELSE 'adult' END END,
      CASE WHEN registered THEN nationality END,
      CASE WHEN assessed THEN victim_status END,
      CASE WHEN assessed THEN destination END,
      CASE WHEN assessed AND victim_status <> 'not_a_victim'
           THEN CASE WHEN r_second < 0.25 AND exploitation_1 <> exploitation_2 THEN ARRAY[exploitation_1, exploitation_2] ELSE ARRAY[exploitation_1] END
           ELSE '{}' END,
      CASE WHEN assessed THEN ARRAY[recruitment] ELSE '{}' END,
      CASE WHEN assessed THEN ARRAY[modus] ELSE '{}' END,
      CASE WHEN assessed AND destination <> 'ID' AND r_transit < 0.6 THEN ARRAY[transit] ELSE '{}' END,
      CASE WHEN NOT registered THEN 'intake' WHEN NOT assessed THEN 'assessment'
           WHEN closed THEN 'closed' ELSE open_stage END,
      CASE WHEN assessed AND closed THEN CASE WHEN victim_status = 'not_a_victim' THEN 'not_a_victim' ELSE closure END END,
      CASE WHEN assessed AND closed THEN least(opened_at + r_duration * interval '240 days', now()) END,
      CASE WHEN NOT registered THEN 1 WHEN NOT assessed THEN 3 ELSE 6 + floor(r_duration * 40)::int END
    FROM (
      SELECT gen_random_uuid() AS case_id,
        ${draw(YEARS, 'int')} AS year,
        random() AS r_time,
        ${draw(FOUND_DISTRICTS)} AS found_district,
        ${draw(CHANNELS)} AS channel,
        ${draw(ORIGIN_DISTRICTS)} AS origin_district,
        ${draw(NATIONALITIES)} AS nationality,
        random() < 0.97 AS registered,
        random() < 0.9 AS assessed_draw,
        random() AS r_sex, random() AS r_child, random() AS r_second, random() AS r_transit, random() AS r_duration,
        random() AS r_closed,
        ${draw(VICTIM_STATUS)} AS victim_status,
        ${draw(DESTINATIONS)} AS destination,
        ${draw(EXPLOITATION)} AS exploitation_1,
        ${draw(EXPLOITATION)} AS exploitation_2,
        ${draw(RECRUITMENT)} AS recruitment,
        ${draw(MODUS)} AS modus,
        ${draw(TRANSIT)} AS transit,
        ${draw(OPEN_STAGE)} AS open_stage,
        ${draw(CLOSURE)} AS closure
      FROM generate_series(1, ${count}) AS g
    ) AS drawn
    CROSS JOIN LATERAL (SELECT make_timestamptz(drawn.year, 1, 1, 0, 0, 0, 'Asia/Jakarta') AS start) AS y
    -- Within the year, up to now for this one.
    CROSS JOIN LATERAL (SELECT y.start + drawn.r_time * (least(y.start + interval '1 year', now()) - y.start) AS opened_at) AS t
    CROSS JOIN LATERAL (SELECT registered AND assessed_draw AS assessed,
      -- Older cases are mostly closed; this year's mostly still open.
      r_closed < greatest(0.1, least(0.9, extract(epoch FROM now() - opened_at) / (86400 * 365 * 2.5))) AS closed) AS derived`;
}

// ---------------------------------------------------------------- the directory: three task forces

const TASK_FORCES = [
  { code: 'GT-TPPO-PUSAT', name: 'Gugus Tugas PP-TPPO Pusat', province: null, district: null },
  { code: 'GT-TPPO-64', name: 'Gugus Tugas PP-TPPO Provinsi Kalimantan Timur', province: '64', district: null },
  { code: 'GT-TPPO-6471', name: 'Gugus Tugas PP-TPPO Kota Balikpapan', province: '64', district: '6471' },
] as const;
type TaskForce = (typeof TASK_FORCES)[number]['code'];

// ---------------------------------------------------------------- the queries

interface StatsQuery {
  label: string;
  agency: TaskForce;
  groupBy: string[];
  /** The caller's region as the endpoint narrows to it. */
  province: string | null;
  district: string | null;
}

const QUERIES: StatsQuery[] = [
  { label: 'national, groupBy=year', agency: 'GT-TPPO-PUSAT', groupBy: ['year'], province: null, district: null },
  { label: 'national, groupBy=year,originProvince', agency: 'GT-TPPO-PUSAT', groupBy: ['year', 'originProvince'], province: null, district: null },
  {
    label: 'national, groupBy=foundProvince,sex,ageGroup',
    agency: 'GT-TPPO-PUSAT',
    groupBy: ['foundProvince', 'sex', 'ageGroup'],
    province: null,
    district: null,
  },
  { label: 'province 64, groupBy=foundDistrict,year', agency: 'GT-TPPO-64', groupBy: ['foundDistrict', 'year'], province: '64', district: null },
  { label: 'district 6471, groupBy=originProvince', agency: 'GT-TPPO-6471', groupBy: ['originProvince'], province: null, district: '6471' },
];
const HEAVY: StatsQuery = {
  label: 'national, groupBy=foundProvince,originProvince,year',
  agency: 'GT-TPPO-PUSAT',
  groupBy: ['foundProvince', 'originProvince', 'year'],
  province: null,
  district: null,
};

/** The columns behind the dimensions the queries use, as in the controller. */
const COLUMN: Record<string, string> = {
  year: 'opened_year',
  foundProvince: 'found_province',
  foundDistrict: 'found_district',
  originProvince: 'origin_province',
  sex: 'sex',
  ageGroup: 'age_group',
};

/** The SQL the endpoint runs (a copy of the controller's, to time the database apart from the rest). */
function endpointSql(q: StatsQuery): { text: string; values: unknown[] } {
  const columns = q.groupBy.map((d) => COLUMN[d]);
  const select = q.groupBy.map((d) => `${COLUMN[d]} AS "${d}"`);
  return {
    text: `SELECT ${[...select, 'count(*)::int AS count'].join(', ')}
       FROM rm_stats_cases
       WHERE ($1::text IS NULL OR found_province = $1 OR origin_province = $1)
         AND ($2::text IS NULL OR found_district = $2 OR origin_district = $2)
         AND ($3::date IS NULL OR (opened_at AT TIME ZONE 'Asia/Jakarta')::date >= $3)
         AND ($4::date IS NULL OR (opened_at AT TIME ZONE 'Asia/Jakarta')::date <= $4)
       GROUP BY ${columns.join(', ')}`,
    values: [q.province, q.district, null, null],
  };
}

interface StatsAnswer {
  cells: Array<{ count: number | null }>;
  margins: Array<{ count: number | null }>;
  total: number | null;
}

// ---------------------------------------------------------------- measuring

const ms = (start: number) => performance.now() - start;

interface Measure {
  label: string;
  once: () => Promise<void>;
  samples: number[];
}

async function startApi(benchUrl: string): Promise<{ app: INestApplication; base: string }> {
  // Counting speed is measured, not the directory: development secrets, and the analysts need not be recorded.
  process.env.DEVELOPMENT_SECRETS = 'true';
  process.env.REQUIRE_REGISTERED_USERS = 'false';
  process.env.DATABASE_URL = benchUrl;
  process.env.LOG_LEVEL = 'silent';
  process.env.RUN_PROJECTOR = 'false';
  // One user asks hundreds of times a minute: the rate limits would answer 429 and the figures would measure them.
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
    await db.query('SELECT setseed(0.2026)');
    await db.query(populateSql(caseCount));
    await db.query(
      `INSERT INTO agencies (code, name, type, province_code, district_code)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        TASK_FORCES.map((t) => t.code),
        TASK_FORCES.map((t) => t.name),
        TASK_FORCES.map(() => 'task_force'),
        TASK_FORCES.map((t) => t.province),
        TASK_FORCES.map((t) => t.district),
      ],
    );
    // As autovacuum would soon after a load: visibility map and statistics, so reads measure steady state.
    await db.query('VACUUM (ANALYZE) rm_stats_cases');
    await db.query('ANALYZE agencies');
    const loadSeconds = ms(loadStarted) / 1000;
    const rows = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM rm_stats_cases')).rows[0].n);
    if (rows !== caseCount) throw new Error(`rm_stats_cases has ${rows} rows, expected ${caseCount}`);
    const eventRows = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0].n);
    const tableSize = (await db.query<{ size: string }>(`SELECT pg_size_pretty(pg_total_relation_size('rm_stats_cases')) AS size`)).rows[0].size;
    const shape = (
      await db.query<{ provinces: string; origins: string; female: string; children: string; years: string }>(
        `SELECT count(DISTINCT found_province) AS provinces, count(DISTINCT origin_province) AS origins,
                round(100.0 * count(*) FILTER (WHERE sex = 'female') / count(sex)) AS female,
                round(100.0 * count(*) FILTER (WHERE age_group = 'child') / count(age_group)) AS children,
                min(opened_year) || '–' || max(opened_year) AS years
         FROM rm_stats_cases`,
      )
    ).rows[0];

    const started = await startApi(benchUrl);
    app = started.app;
    const config = parseAppConfig(process.env);
    const tokens = new Map<TaskForce, string>();
    for (const t of TASK_FORCES) {
      tokens.set(
        t.code,
        await mintDevelopmentToken(config, { userId: `bench-${t.code.toLowerCase()}`, role: 'task_force_analyst', agency: t.code, ttl: '2h' }),
      );
    }
    const ask = async (q: StatsQuery): Promise<StatsAnswer> => {
      const response = await fetch(`${started.base}/stats/cases?groupBy=${q.groupBy.join(',')}`, {
        headers: { authorization: `Bearer ${tokens.get(q.agency)}` },
      });
      const body = (await response.json()) as StatsAnswer;
      if (response.status !== 200) throw new Error(`GET /stats/cases (${q.label}) answered ${response.status}: ${JSON.stringify(body)}`);
      return body;
    };

    // Probe each query once: the endpoint's cells are the SQL's, its unsuppressed total the SQL's sum.
    const shapes: Array<{ cells: number; suppressed: number; published: number; margins: number; total: number | null; sqlTotal: number; rows: Cell[] }> = [];
    for (const q of QUERIES) {
      const { text, values: parameters } = endpointSql(q);
      const result = await db.query<Record<string, string | number | null> & { count: number }>(text, parameters);
      const cells = result.rows.map(({ count, ...key }) => ({ key, count }));
      const sqlTotal = cells.reduce((s, c) => s + c.count, 0);
      const answer = await ask(q);
      if (answer.cells.length !== cells.length) throw new Error(`${q.label}: the endpoint has ${answer.cells.length} cells, the SQL ${cells.length}`);
      if (answer.total !== null && answer.total !== sqlTotal) throw new Error(`${q.label}: the endpoint's total ${answer.total} is not the SQL's ${sqlTotal}`);
      const all = [...answer.cells, ...answer.margins];
      shapes.push({
        cells: answer.cells.length,
        margins: answer.margins.length,
        suppressed: all.filter((c) => c.count === null).length + (answer.total === null ? 1 : 0),
        published: all.length + 1,
        total: answer.total,
        sqlTotal,
        rows: cells,
      });
    }

    const baseline: Measure = {
      label: 'baseline: SELECT count(*) FROM rm_stats_cases (pg, direct)',
      once: async () => {
        const { rows: r } = await db.query<{ n: string }>('SELECT count(*) AS n FROM rm_stats_cases');
        if (Number(r[0].n) !== caseCount) throw new Error('count(*) changed');
      },
      samples: [],
    };
    const endpoints: Measure[] = QUERIES.map((q, i) => ({
      label: `GET /stats/cases ${q.label}`,
      once: async () => {
        const answer = await ask(q);
        if (answer.cells.length !== shapes[i].cells) throw new Error(`${q.label}: cells changed`);
      },
      samples: [],
    }));
    const sqlAlone: Measure[] = QUERIES.map((q, i) => ({
      label: `its SQL alone (pg, direct): ${q.label}`,
      once: async () => {
        const { text, values: parameters } = endpointSql(q);
        const { rows: r } = await db.query(text, parameters);
        if (r.length !== shapes[i].cells) throw new Error(`${q.label}: rows changed`);
      },
      samples: [],
    }));
    const suppressionAlone: Measure[] = QUERIES.map((q, i) => ({
      label: `suppressSmallCells alone (in-process): ${q.label}`,
      once: async () => {
        const table = suppressSmallCells(shapes[i].rows, q.groupBy, config.STATS_MIN_CELL);
        if (table.cells.length !== shapes[i].cells) throw new Error(`${q.label}: suppression changed the cells`);
      },
      samples: [],
    }));
    const measures = [baseline, ...endpoints, ...sqlAlone, ...suppressionAlone];

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
      `Data: ${rows.toLocaleString('en')} rows in rm_stats_cases (${tableSize} with indexes), ${eventRows} rows in events; loaded with one INSERT ... SELECT generate_series ` +
        `and VACUUM ANALYZE in ${loadSeconds.toFixed(1)} s. Years ${shape.years}, ${shape.provinces} provinces of identification, ${shape.origins} of origin, ` +
        `${shape.female}% female, ${shape.children}% children (of those registered).`,
    );
    console.log(
      `Suppression threshold (STATS_MIN_CELL): ${config.STATS_MIN_CELL}. Each measurement ${iterations} times after ${warmup} warm-up runs, interleaved in rotating order.`,
    );
    console.log('');
    console.log(`measurement | median ms | p99 ms | median ÷ baseline median | < ${TARGET_MS} ms median`);
    console.log(':--- | ---: | ---: | ---: | :---:');
    const baseMedian = median(baseline.samples);
    const row = (m: Measure, target: boolean) => {
      const med = median(m.samples);
      console.log(
        `${m.label} | ${med.toFixed(2)} | ${percentile(m.samples, 99).toFixed(2)} | ${(med / baseMedian).toFixed(2)} | ${target ? (med < TARGET_MS ? 'met' : 'MISSED') : '–'}`,
      );
    };
    row(baseline, false);
    for (const m of endpoints) row(m, true);
    console.log('');
    console.log('Where the time goes (the same runs, interleaved with the above):');
    console.log('');
    console.log('query | cells | margins | published numbers suppressed | total | SQL median ms | SQL ÷ baseline | suppression median ms | HTTP median ms');
    console.log(':--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:');
    QUERIES.forEach((q, i) => {
      const s = shapes[i];
      const sql = median(sqlAlone[i].samples);
      console.log(
        `${q.label} | ${s.cells} | ${s.margins} | ${s.suppressed} of ${s.published} | ${s.total ?? `suppressed (${s.sqlTotal})`} | ${sql.toFixed(2)} | ${(sql / baseMedian).toFixed(2)} | ` +
          `${median(suppressionAlone[i].samples).toFixed(2)} | ${median(endpoints[i].samples).toFixed(2)}`,
      );
    });
    const missed = endpoints.filter((m) => median(m.samples) >= TARGET_MS);
    console.log('');
    console.log(
      missed.length === 0
        ? `All ${endpoints.length} statistics queries answer in under ${TARGET_MS} ms median over ${rows.toLocaleString('en')} cases, from the projection (${eventRows} events in the store): target met.`
        : `Target missed by ${missed.length} of ${endpoints.length} queries: ${missed.map((m) => m.label).join('; ')}.`,
    );

    const notes: string[] = [
      `${rows.toLocaleString('en')} rows in rm_stats_cases (${tableSize} with indexes), ${eventRows} events; suppression threshold ${config.STATS_MIN_CELL}.`,
    ];
    const endpointTable: BenchTable = {
      columns: ['measurement', 'median ms', 'p99 ms', 'median ÷ baseline median'],
      rows: [baseline, ...endpoints].map((m) => [
        m.label,
        median(m.samples).toFixed(2),
        percentile(m.samples, 99).toFixed(2),
        (median(m.samples) / baseMedian).toFixed(2),
      ]),
    };
    const whereTable: BenchTable = {
      caption: 'Where the time goes (the same runs, interleaved)',
      columns: ['query', 'cells', 'published numbers suppressed', 'SQL median ms', 'SQL ÷ baseline', 'suppression median ms', 'HTTP median ms'],
      rows: QUERIES.map((q, i) => [
        q.label,
        shapes[i].cells,
        `${shapes[i].suppressed} of ${shapes[i].published}`,
        median(sqlAlone[i].samples).toFixed(2),
        (median(sqlAlone[i].samples) / baseMedian).toFixed(2),
        median(suppressionAlone[i].samples).toFixed(2),
        median(endpoints[i].samples).toFixed(2),
      ]),
    };
    const statsTargets = endpoints.map((m) => ({
      label: m.label,
      target: `< ${TARGET_MS} ms median`,
      measured: `${median(m.samples).toFixed(2)} ms`,
      met: median(m.samples) < TARGET_MS,
    }));

    if (values.heavy) {
      // Once, not a median. The API runs in this process, so the longest event-loop stall while it answers is
      // how long any other request to that API instance would have waited.
      const stalls = monitorEventLoopDelay({ resolution: 10 });
      stalls.enable();
      const heavyStarted = performance.now();
      const answer = await ask(HEAVY);
      const took = ms(heavyStarted);
      stalls.disable();
      const hidden = [...answer.cells, ...answer.margins].filter((c) => c.count === null).length;
      console.log('');
      console.log(
        `Heavy: GET /stats/cases ${HEAVY.label}: ${answer.cells.length} cells, ${answer.margins.length} margins, ${hidden} suppressed; ` +
          `answered in ${took.toFixed(0)} ms (${(took / baseMedian).toFixed(0)}× the baseline median; target < ${TARGET_MS} ms: ${took < TARGET_MS ? 'met' : 'MISSED'}); ` +
          `the API's event loop stalled for up to ${(stalls.max / 1e6).toFixed(0)} ms meanwhile, so every other request waited as long.`,
      );
      notes.push(
        `Heavy (${HEAVY.label}), once: ${took.toFixed(0)} ms, ${answer.cells.length} cells; the API's event loop stalled for up to ${(stalls.max / 1e6).toFixed(0)} ms.`,
      );
    }
    writeResult({
      name: 'stats',
      title: 'Statistics over 100,000 cases',
      command: 'npm run bench:stats',
      date: new Date().toISOString(),
      environment,
      parameters: { cases: caseCount, iterations, warmup, heavy: values.heavy },
      baseline: 'a raw `SELECT count(*) FROM rm_stats_cases` of the same table, interleaved',
      tables: [endpointTable, whereTable],
      targets: statsTargets,
      notes,
    });
  } finally {
    await app?.close().catch(() => undefined);
    await client?.end().catch(() => undefined);
    await database.drop();
  }
}

await main();
