/**
 * Rebuild rate of each read model (log events per second from position 0 to the head, one transaction per
 * batch) next to the raw read rate of the same log (`readAll` pages, no filter), in the same run, interleaved,
 * with the process's RSS before, during (peak, sampled every 100 ms) and after the rebuilds.
 *
 *   npm run bench:projections [-- --events 200000 --writers 16 --batch 1000 --only statistics-cases,referrals]
 *
 * The log is made of real domain events: `decide` runs realistic command sequences for thousands of cases.
 * Runs on DATABASE_URL when set, else on an embedded PostgreSQL; always in a fresh database it drops after.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import {
  caseStreamName,
  decide,
  evolve,
  initialState,
  type Actor,
  type AgencyType,
  type CaseCommand,
  type CaseCommandType,
  type CaseState,
  type ResolvedAgencies,
} from '@rujukan/domain';
import { comparePositions, formatPosition, PostgresEventStore, runMigrations, START, type NewEvent, type Position } from '@rujukan/event-store';
import {
  allMigrations,
  caseProjections,
  PROJECTION_TABLES,
  ProjectionRunner,
  SharedLogReader,
  type Projection,
  type ProjectionName,
} from '@rujukan/read-models';
import { openBenchDatabase } from './support/bench-database.js';
import { median } from './support/figures.js';
import { benchEnvironment, writeResult, type BenchTable } from './support/results.js';

/** The shipped directory (data/directory/agencies.json), as the command boundary resolves the agencies a command names. */
const SHIPPED_DIRECTORY: ResolvedAgencies = Object.fromEntries(
  (
    JSON.parse(readFileSync(new URL('../data/directory/agencies.json', import.meta.url), 'utf8')) as {
      agencies: Array<{ code: string; type: AgencyType; provinceCode?: string | null }>;
    }
  ).agencies.map((agency) => [
    agency.code,
    { code: agency.code, type: agency.type, provinceCode: agency.provinceCode ?? null, active: true, mergedInto: null },
  ]),
);

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '200000' },
    writers: { type: 'string', default: '16' },
    batch: { type: 'string', default: '1000' },
    // Comma-separated projection names: measure only these (and them concurrently), on a busy machine.
    only: { type: 'string' },
  },
});
const targetEvents = Number(values.events);
const writers = Number(values.writers);
const batchSize = Number(values.batch);

// ---------------------------------------------------------------- realistic case histories

const ORIGINS = [
  { province: '35', district: '3509' },
  { province: '35', district: '3507' },
  { province: '32', district: '3205' },
  { province: '73', district: '7371' },
  { province: '52', district: '5203' },
  { province: '53', district: '5371' },
];
const FINDINGS = [
  { owner: 'UPTD-PPA-64', district: '6471', channel: 'port', police: 'POLDA-KALTIM', social: 'DINSOS-6471', port: 'Balikpapan' },
  { owner: 'UPTD-PPA-65', district: '6503', channel: 'bp2mi', police: 'POLRES-NUNUKAN', social: 'DINSOS-6503', port: 'Nunukan' },
  { owner: 'UPTD-PPA-61', district: '6171', channel: 'hotline', police: 'POLDA-KALBAR', social: 'DINSOS-6171', port: 'Pontianak' },
] as const;
const DESTINATIONS = [
  { country: 'MY', modus: 'plantation_work', exploitation: 'forced_labour', transit: ['Nunukan', 'Tawau'] },
  { country: 'MY', modus: 'domestic_work', exploitation: 'domestic_servitude', transit: ['Entikong'] },
  { country: 'KH', modus: 'it_work', exploitation: 'online_scam', transit: ['Jakarta', 'Bangkok'] },
  { country: 'CN', modus: 'mail_order_bride', exploitation: 'forced_marriage', transit: ['Pontianak', 'Jakarta'] },
  { country: 'SA', modus: 'domestic_work', exploitation: 'domestic_servitude', transit: ['Jakarta'] },
  { country: 'ID', modus: 'entertainment_work', exploitation: 'sexual_exploitation', transit: ['Balikpapan'] },
] as const;
const INITIALS = ['SR', 'NA', 'MH', 'WS', 'RA', 'YL', 'DP', 'AF', 'LK', 'TN', 'IM', 'EK'];
const BASE = Date.UTC(2025, 0, 6, 1, 0, 0);
const HOUR = 3_600_000;

const staff = (agency: string, role: 'caseworker' | 'supervisor', n: number): Actor => ({ userId: `${role}-${n % 7}-${agency.toLowerCase()}`, role, agency });
const officer = (agency: string, role: Actor['role']): Actor => ({ userId: `officer-${agency.toLowerCase()}`, role, agency });

/**
 * One case's events as `decide` produces them, grouped per command with the command's metadata: intake,
 * assessment, referrals to police and social services, shelter, legal track (police report, LPSK,
 * restitution), transfer home, repatriation, reintegration and closure; which parts a case has varies with n.
 */
function caseHistory(n: number): NewEvent[][] {
  const caseId = randomUUID();
  const origin = ORIGINS[n % ORIGINS.length];
  const found = FINDINGS[n % FINDINGS.length];
  const destination = DESTINATIONS[n % DESTINATIONS.length];
  const homeAgency = `UPTD-PPA-${origin.province}`;
  const caseworker = staff(found.owner, 'caseworker', n);
  const supervisor = staff(found.owner, 'supervisor', n);
  const police = officer(found.police, 'police_investigator');
  const social = officer(found.social, 'social_services_officer');
  const home = staff(homeAgency, 'caseworker', n);
  const homeSupervisor = staff(homeAgency, 'supervisor', n);
  const correlationId = randomUUID();
  let clock = BASE + (n % 700) * 12 * HOUR;
  let state: CaseState = initialState;
  const commands: NewEvent[][] = [];

  const run = <T extends CaseCommandType>(type: T, data: object, actor: Actor, hoursLater = 5) => {
    clock += hoursLater * HOUR;
    const now = new Date(clock).toISOString();
    // Decided as the command boundary would: with the shipped directory's records of the agencies it names.
    const command = { type, data: { caseId, ...data }, metadata: { actor, now, agencies: SHIPPED_DIRECTORY } } as unknown as CaseCommand;
    const events = decide(command, state);
    const commandId = randomUUID();
    commands.push(
      events.map((event) => {
        state = evolve(state, event);
        return {
          id: randomUUID(),
          type: event.type,
          data: event.data as unknown as Record<string, unknown>,
          metadata: { actor: actor.userId, role: actor.role, agency: actor.agency, correlationId, causationId: null, commandId, occurredAt: now },
        };
      }),
    );
  };
  const isoIn = (hours: number) => new Date(clock + hours * HOUR).toISOString();
  const dateIn = (hours: number) => isoIn(hours).slice(0, 10);

  run('OpenCase', { channel: found.channel, reporterType: 'government_agency', districtCode: found.district }, caseworker, 0);
  run(
    'RegisterVictim',
    {
      initials: INITIALS[n % INITIALS.length],
      sex: n % 4 === 3 ? 'male' : 'female',
      birthYear: 1988 + (n % 17),
      isChild: false,
      nationality: 'ID',
      originProvinceCode: origin.province,
      originDistrictCode: origin.district,
    },
    caseworker,
  );
  run('RecordConsent', { consentId: 'consent-process', scope: 'process', evidenceRef: `CONSENT-${n}` }, caseworker);
  run(
    'RecordConsent',
    {
      consentId: 'consent-share',
      scope: 'share',
      agencyTypes: ['police', 'social_services', 'uptd_ppa'],
      purpose: 'law enforcement, shelter and return home',
      evidenceRef: `CONSENT-${n}-SHARE`,
    },
    caseworker,
  );
  run('AdvanceStage', { to: 'assessment' }, caseworker);
  run(
    'RecordAssessment',
    {
      assessmentId: 'assessment-1',
      indicators: {
        recruitmentMethods: [n % 2 === 0 ? 'job_offer' : 'online_advertisement'],
        meansOfControl: ['document_confiscation', n % 3 === 0 ? 'debt_bondage' : 'withheld_wages'],
        exploitationTypes: [destination.exploitation],
        destinationCountry: destination.country,
        transitPoints: [...destination.transit],
        modus: [destination.modus],
      },
      victimStatus: 'confirmed',
      riskLevel: n % 3 === 0 ? 'high' : 'medium',
      needs: ['shelter', 'psychosocial', 'repatriation'],
    },
    caseworker,
  );
  run('ApproveAssessment', { assessmentId: 'assessment-1' }, supervisor);
  run('AdvanceStage', { to: 'rehabilitation' }, caseworker);
  const toPolice = randomUUID();
  const toShelter = randomUUID();
  run(
    'SendReferral',
    {
      referralId: toPolice,
      toAgency: found.police,
      service: 'law_enforcement',
      reason: 'report the recruiter',
      responseDeadline: isoIn(72),
      sharesIdentity: true,
    },
    caseworker,
  );
  run(
    'SendReferral',
    {
      referralId: toShelter,
      toAgency: found.social,
      service: 'shelter',
      reason: 'safe shelter while the case proceeds',
      responseDeadline: isoIn(48),
      sharesIdentity: true,
    },
    caseworker,
    1,
  );
  run('AcceptReferral', { referralId: toPolice }, police);
  run('FilePoliceReport', { reportNumber: `LP/B/${100 + n}/I/2025/SPKT`, unit: 'Unit PPA Satreskrim', policeAgency: found.police, filedOn: dateIn(0) }, police);
  // One case in five stays in rehabilitation with the shelter referral unanswered: queues have open work.
  if (n % 5 === 4) return commands;
  run('AcceptReferral', { referralId: toShelter }, social);
  if (n % 2 === 0) run('StartShelterPlacement', { placementId: 'placement-1', shelterAgency: found.social, days: 14 }, caseworker);
  run('RequestService', { serviceId: 'service-1', service: 'psychosocial', providerAgency: found.social }, caseworker);
  run('RecordServiceDelivered', { serviceId: 'service-1', note: 'counselling sessions' }, social, 48);
  if (n % 3 === 0) {
    run('FileLpskApplication', { applicationId: 'lpsk-1', protections: ['physical_protection', 'restitution_facilitation'], filedOn: dateIn(0) }, caseworker);
    run(
      'RecordLpskDecision',
      {
        applicationId: 'lpsk-1',
        decision: 'granted',
        grantedProtections: ['restitution_facilitation'],
        decisionNumber: `KEP-${n}/LPSK/2025`,
        decidedOn: dateIn(0),
      },
      caseworker,
      72,
    );
  }
  if (n % 4 === 0) {
    run('AssessRestitution', { restitutionId: 'restitution-1', amount: 50_000_000 + (n % 10) * 5_000_000, assessedBy: 'lpsk' }, caseworker);
    run(
      'OrderRestitution',
      {
        restitutionId: 'restitution-1',
        amount: 50_000_000 + (n % 10) * 5_000_000,
        verdictNumber: `${n}/Pid.Sus/2025/PN`,
        verdictFinalOn: dateIn(0),
      },
      caseworker,
      24,
    );
    run('RecordRestitutionPayment', { restitutionId: 'restitution-1', amount: 50_000_000 + (n % 10) * 5_000_000, paidOn: dateIn(0) }, caseworker, 72);
  }
  if (n % 2 === 0) run('EndShelterPlacement', { placementId: 'placement-1', reason: 'returned_to_family' }, caseworker);
  run('CompleteReferral', { referralId: toShelter, outcome: 'successful' }, social);
  run('CompleteReferral', { referralId: toPolice, outcome: 'successful', note: 'case file with the prosecutor' }, police);
  run('AdvanceStage', { to: 'repatriation' }, caseworker);
  const transferId = randomUUID();
  run('RequestTransfer', { transferId, toAgency: homeAgency, reason: 'return to the home province' }, caseworker);
  run('AcceptTransfer', { transferId }, home);
  run(
    'PlanRepatriation',
    {
      from: { kind: 'port', port: found.port },
      toDistrictCode: origin.district,
      escortAgency: 'BP3MI-NUNUKAN',
      transport: 'sea',
      plannedDate: dateIn(48),
    },
    home,
  );
  run('RecordHandover', { receivingAgency: homeAgency, handoverRecordNumber: `BA/${n}/I/2025`, location: 'Pelabuhan tujuan' }, home, 48);
  run('CompleteRepatriation', {}, home);
  run('AdvanceStage', { to: 'reintegration' }, home);
  run('ApproveReintegrationPlan', { planId: 'plan-1', goals: ['family_reunification', 'economic_empowerment'] }, homeSupervisor);
  // One case in ten is still in reintegration.
  if (n % 10 === 1) return commands;
  run('RecordFollowUpVisit', { visitId: 'visit-1', visitedOn: dateIn(0), wellbeing: 'stable' }, home, 24 * 30);
  run('RecordFollowUpVisit', { visitId: 'visit-2', visitedOn: dateIn(0), wellbeing: n % 6 === 0 ? 'needs_support' : 'stable' }, home, 24 * 30);
  run('CompleteReintegration', { note: 'back with her family' }, home);
  run('RequestClosure', { reason: 'reintegrated' }, home);
  run('ApproveClosure', {}, homeSupervisor);
  return commands;
}

/** Cases in flight per writer: their appends interleave, so a case's events spread over the log as in production. */
const CASES_PER_WRITER = 4;
/** Events per append: a few commands' worth, cut at command boundaries. */
const CHUNK = 8;

function chunks(commands: NewEvent[][]): NewEvent[][] {
  const out: NewEvent[][] = [];
  let current: NewEvent[] = [];
  for (const events of commands) {
    current.push(...events);
    if (current.length >= CHUNK) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

async function generateLog(store: PostgresEventStore): Promise<{ events: number; cases: number }> {
  let events = 0;
  let cases = 0;
  const writer = async () => {
    while (events < targetEvents) {
      const group: Array<{ stream: string; chunks: NewEvent[][]; revision: number }> = [];
      for (let i = 0; i < CASES_PER_WRITER && events < targetEvents; i++) {
        const history = caseHistory(cases++);
        events += history.reduce((sum, c) => sum + c.length, 0);
        const caseId = history[0][0].data.caseId as string;
        group.push({ stream: caseStreamName(caseId), chunks: chunks(history), revision: -1 });
      }
      for (let round = 0; group.some((c) => round < c.chunks.length); round++) {
        for (const c of group) {
          if (round >= c.chunks.length) continue;
          const result = await store.append(c.stream, c.chunks[round], c.revision < 0 ? 'no_stream' : c.revision);
          c.revision = result.nextExpectedRevision;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
  return { events, cases };
}

// ---------------------------------------------------------------- measurements

const MiB = (bytes: number) => bytes / 1024 / 1024;

/** Samples RSS every 100 ms; `peak` is the highest seen since the last reset. */
class RssSampler {
  peak = 0;
  private readonly timer = setInterval(() => this.sample(), 100);
  sample(): number {
    const rss = process.memoryUsage().rss;
    if (rss > this.peak) this.peak = rss;
    return rss;
  }
  reset(): void {
    this.peak = 0;
    this.sample();
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

async function rawRead(store: PostgresEventStore): Promise<{ rate: number; events: number }> {
  const started = performance.now();
  let after: Position = START;
  let events = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: batchSize });
    events += page.events.length;
    after = page.next;
    if (page.endOfLog) break;
  }
  return { rate: events / ((performance.now() - started) / 1000), events };
}

/** Reads the log as the projection's runner does (its event-type filter), without applying anything. */
async function filteredRead(store: PostgresEventStore, eventTypes: readonly string[]): Promise<{ seconds: number; events: number }> {
  const started = performance.now();
  let after: Position = START;
  let events = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: batchSize, filter: { eventTypes } });
    events += page.events.length;
    after = page.next;
    if (page.endOfLog) break;
  }
  return { seconds: (performance.now() - started) / 1000, events };
}

interface ApplyStats {
  events: number;
  batches: number;
  statements: number;
  seconds: number;
}

/** The same projection, timing its `apply` and counting the SQL statements it sends: where a rebuild's time goes. */
function measured(projection: Projection, stats: ApplyStats): Projection {
  return {
    name: projection.name,
    eventTypes: projection.eventTypes,
    async apply(events, manager) {
      const counting = new Proxy(manager, {
        get(target, key, receiver) {
          if (key !== 'query') return Reflect.get(target, key, receiver);
          return (...args: Parameters<typeof target.query>) => {
            stats.statements++;
            return target.query(...args);
          };
        },
      });
      const started = performance.now();
      await projection.apply(events, counting);
      stats.seconds += (performance.now() - started) / 1000;
      stats.events += events.length;
      stats.batches++;
    },
  };
}

/** Runs the projections from position 0 until every checkpoint reaches `head`; returns seconds. */
async function rebuild(url: string, dataSource: DataSource, projections: Projection[], head: Position): Promise<number> {
  // A store of its own, as the projector has: its pool is not shared with the raw reads.
  const store = new PostgresEventStore({ connectionString: url, poolSize: 10 });
  const errors: unknown[] = [];
  // As the projector runs them: one shared reader, which each runner joins once it has caught up alone.
  const reader = new SharedLogReader(store, { eventTypes: projections.flatMap((p) => p.eventTypes), batchSize, onError: (error) => errors.push(error) });
  const runners = projections.map(
    (projection) => new ProjectionRunner(store, dataSource, projection, { batchSize, reader, onError: (_, error) => errors.push(error) }),
  );
  const started = performance.now();
  try {
    for (const runner of runners) runner.start();
    for (;;) {
      if (errors.length > 0) throw errors[0];
      const behind = runners.filter((r) => {
        const position = r.status().position;
        return position === null || comparePositions(position, head) < 0;
      });
      if (behind.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return (performance.now() - started) / 1000;
  } finally {
    await Promise.all(runners.map((r) => r.stop()));
    await reader.stop();
    await store.close();
  }
}

/** Every table the projections write, and the checkpoints. */
const READ_MODEL_TABLES = [...Object.values(PROJECTION_TABLES).flat(), 'projection_checkpoints'].join(', ');

/** Empties the read models and checkpoints, so the next rebuild starts from nothing as on a fresh database. */
async function resetReadModels(dataSource: DataSource): Promise<void> {
  await dataSource.query(`TRUNCATE ${READ_MODEL_TABLES}`);
  // Fresh statistics: the empty tables must not be planned with the last rebuild's row counts, nor the reverse.
  await dataSource.query(`ANALYZE ${READ_MODEL_TABLES}`);
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const environment = benchEnvironment(database);
  const { url: benchUrl, version } = database;
  const sampler = new RssSampler();
  let dataSource: DataSource | null = null;
  try {
    await runMigrations(benchUrl, allMigrations);

    const store = new PostgresEventStore({ connectionString: benchUrl, poolSize: writers, notify: 'off' });
    let generated: { events: number; cases: number };
    const loadStarted = performance.now();
    try {
      generated = await generateLog(store);
    } finally {
      await store.close();
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    // As autovacuum would soon after a load: visibility map and statistics, so reads measure steady state.
    const benchClient = new pg.Client({ connectionString: benchUrl });
    await benchClient.connect();
    await benchClient.query('VACUUM (ANALYZE) events');
    const logBytes = (await benchClient.query<{ size: string }>(`SELECT pg_total_relation_size('events')::text AS size`)).rows[0].size;
    await benchClient.end();
    console.log(
      `Log: ${generated.events} events in ${generated.cases} cases (${(generated.events / generated.cases).toFixed(1)} per case), ` +
        `appended by ${writers} writers in ${loadSeconds.toFixed(1)} s; events table ${MiB(Number(logBytes)).toFixed(0)} MiB`,
    );

    const reader = new PostgresEventStore({ connectionString: benchUrl, poolSize: 2, notify: 'off' });
    dataSource = new DataSource({ type: 'postgres', url: benchUrl, extra: { max: 10 } });
    await dataSource.initialize();
    const head = await reader.headPosition();
    if (!head) throw new Error('the log is empty');

    const reads: number[] = [];
    const readOnce = async () => {
      const { rate, events } = await rawRead(reader);
      if (events !== generated.events) throw new Error(`raw read saw ${events} events, expected ${generated.events}`);
      reads.push(rate);
    };
    // Warm the cache once, so neither measurement pays for the first read from disk.
    await rawRead(reader);

    const only = values.only?.split(',').map((name) => name.trim());
    const projections = caseProjections().filter((projection) => !only || only.includes(projection.name as ProjectionName));
    if (projections.length === 0)
      throw new Error(
        `--only names no projection of ${caseProjections()
          .map((p) => p.name)
          .join(', ')}`,
      );
    const emptyStats = (): ApplyStats => ({ events: 0, batches: 0, statements: 0, seconds: 0 });
    const rows: Array<{ name: string; seconds: number; peak: number; filtered: number | null; stats: ApplyStats | null }> = [];
    const rssBefore = sampler.sample();
    let rebuildPeak = 0;
    for (const projection of projections) {
      await readOnce();
      const filtered = await filteredRead(reader, projection.eventTypes);
      await resetReadModels(dataSource);
      const stats = emptyStats();
      sampler.reset();
      const seconds = await rebuild(benchUrl, dataSource, [measured(projection, stats)], head);
      rows.push({ name: projection.name, seconds, peak: sampler.peak, filtered: filtered.seconds, stats });
      rebuildPeak = Math.max(rebuildPeak, sampler.peak);
    }
    if (projections.length > 1) {
      await readOnce();
      await resetReadModels(dataSource);
      sampler.reset();
      const allSeconds = await rebuild(benchUrl, dataSource, projections, head);
      rows.push({ name: `all ${projections.length}, concurrently`, seconds: allSeconds, peak: sampler.peak, filtered: null, stats: null });
      rebuildPeak = Math.max(rebuildPeak, sampler.peak);
    }
    await readOnce();
    const rssAfter = sampler.sample();
    const counts = (
      await dataSource.query(
        `SELECT (SELECT count(*) FROM rm_case_summaries)::int AS summaries, (SELECT count(*) FROM rm_referrals)::int AS referrals,
                (SELECT count(*) FROM rm_case_timeline)::int AS timeline, (SELECT count(*) FROM rm_deadlines)::int AS deadlines,
                (SELECT count(*) FROM rm_stats_cases)::int AS stats_cases`,
      )
    )[0] as Record<string, number>;
    await reader.close();

    const raw = median(reads);
    console.log(
      `PostgreSQL ${version} (${database.engine}), log head ${formatPosition(head)}, batch ${batchSize}, ` +
        `raw read median of ${reads.length} passes interleaved with the rebuilds; Node ${process.version}`,
    );
    console.log('');
    console.log(
      'read | seconds | log events/s | ÷ raw read | target ≥ 0.33 | events handled | filtered read alone, s | in apply, s | SQL statements in apply | peak RSS MiB',
    );
    console.log(
      ':--- | ------: | -----------: | ---------: | :-----------: | -------------: | ---------------------: | ----------: | ----------------------: | -----------:',
    );
    console.log(
      `raw read, readAll pages of ${batchSize}, no filter | ${(generated.events / raw).toFixed(2)} | ${raw.toFixed(0)} | 1.00 | | ${generated.events} | | | | |`,
    );
    for (const row of rows) {
      const rate = generated.events / row.seconds;
      const s = row.stats;
      console.log(
        `rebuild ${row.name} | ${row.seconds.toFixed(2)} | ${rate.toFixed(0)} | ${(rate / raw).toFixed(2)} | ${rate / raw >= 1 / 3 ? 'met' : 'missed'} | ` +
          `${s ? s.events : ''} | ${row.filtered === null ? '' : row.filtered.toFixed(2)} | ${s ? s.seconds.toFixed(2) : ''} | ` +
          `${s ? `${s.statements} (${(s.statements / Math.max(1, s.batches)).toFixed(0)} per batch)` : ''} | ${MiB(row.peak).toFixed(0)}`,
      );
    }
    console.log('');
    console.log(
      `Raw read passes (events/s): ${reads.map((r) => r.toFixed(0)).join(', ')}. ` +
        `RSS before the rebuilds ${MiB(rssBefore).toFixed(0)} MiB, peak during them ${MiB(rebuildPeak).toFixed(0)} MiB, after ${MiB(rssAfter).toFixed(0)} MiB; ` +
        `heap used after ${MiB(process.memoryUsage().heapUsed).toFixed(0)} MiB.`,
    );
    console.log(
      `Read models after the last rebuild: ${counts.summaries} case summaries, ${counts.referrals} referrals, ` +
        `${counts.timeline} timeline rows, ${counts.deadlines} deadlines, ${counts.stats_cases} statistics cases.`,
    );
    const table: BenchTable = {
      caption: `Rebuild of each projection from position 0 against the raw read of the log (${generated.events} events in ${generated.cases} cases, batches of ${batchSize})`,
      columns: ['read', 'seconds', 'events of the log/s', '÷ raw read', 'events handled', 'peak RSS MiB'],
      rows: [
        [`raw read, readAll pages of ${batchSize}`, (generated.events / raw).toFixed(2), raw.toFixed(0), '1.00', generated.events, ''],
        ...rows.map((row) => {
          const rate = generated.events / row.seconds;
          return [
            `rebuild ${row.name}`,
            row.seconds.toFixed(2),
            rate.toFixed(0),
            (rate / raw).toFixed(2),
            row.stats ? row.stats.events : '',
            MiB(row.peak).toFixed(0),
          ];
        }),
      ],
    };
    writeResult({
      name: 'projections',
      title: 'Projection rebuilds against the raw read of the log',
      command: 'npm run bench:projections',
      date: new Date().toISOString(),
      environment,
      parameters: { events: targetEvents, batchSize, writers, ...(only ? { only: only.join(',') } : {}) },
      baseline: `the raw read of the same log (readAll, pages of ${batchSize}), median of ${reads.length} passes interleaved with the rebuilds`,
      tables: [table],
      targets: rows
        .filter((row) => row.stats !== null)
        .map((row) => {
          const ratio = generated.events / row.seconds / raw;
          return { label: `rebuild ${row.name} ÷ raw read`, target: '≥ 0.33', measured: ratio.toFixed(2), met: ratio >= 1 / 3 };
        }),
      notes: [
        `Resident memory before the rebuilds ${MiB(rssBefore).toFixed(0)} MiB, peak during them ${MiB(rebuildPeak).toFixed(0)} MiB, after ${MiB(rssAfter).toFixed(0)} MiB.`,
      ],
    });
  } finally {
    sampler.stop();
    await dataSource?.destroy().catch(() => undefined);
    await database.drop();
  }
}

await main();
