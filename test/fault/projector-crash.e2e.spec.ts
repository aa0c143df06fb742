import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { executeCaseCommand } from '@rujukan/application';
import type { Actor, CaseCommand } from '@rujukan/domain';
import { comparePositions, PostgresEventStore, runMigrations, START, type Position } from '@rujukan/event-store';
import { allMigrations, caseProjections, listCheckpoints, type Projection } from '@rujukan/read-models';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { testAgencyDirectory } from '../support/test-directory.js';

const testDirectory = testAgencyDirectory();

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const CHILD = new URL('./projector-child.ts', import.meta.url).pathname;
const MIN_KILLS = 20;
// Kills go on past the minimum (bounded) until enough of them landed inside an open batch transaction.
const MAX_KILLS = 30;
const MIN_KILLS_IN_TRANSACTION = 5;
const LANES = 4;
const POOL = 2;

/** The read models and their primary keys, for an ordered full comparison. */
const TABLES = {
  rm_case_summaries: 'case_id',
  rm_referrals: 'referral_id',
  rm_case_timeline: 'case_id, revision',
  rm_deadlines: 'deadline_id',
} as const;

// Where victims were found and where they come from, as the demo seed uses them.
const FINDINGS = [
  { owner: 'UPTD-PPA-64', district: '6471', channel: 'port', police: 'POLDA-KALTIM', social: 'DINSOS-6471', otherSocial: 'DINSOS-6503' },
  { owner: 'UPTD-PPA-65', district: '6503', channel: 'bp2mi', police: 'POLRES-NUNUKAN', social: 'DINSOS-6503', otherSocial: 'DINSOS-6471' },
  { owner: 'UPTD-PPA-61', district: '6171', channel: 'hotline', police: 'POLDA-KALBAR', social: 'DINSOS-6471', otherSocial: 'DINSOS-6503' },
] as const;
const ORIGINS = [
  { province: '35', district: '3509' },
  { province: '32', district: '3205' },
  { province: '73', district: '7371' },
  { province: '53', district: '5371' },
] as const;
const INITIALS = ['SR', 'NA', 'MH', 'WS', 'RA', 'YL', 'DP', 'AF'];

const staff = (agency: string, role: 'caseworker' | 'supervisor'): Actor => ({ userId: `${role}-${agency.toLowerCase()}`, role, agency });
const officer = (agency: string, role: Actor['role']): Actor => ({ userId: `officer-${agency.toLowerCase()}`, role, agency });

/** Thrown inside a lane when the writer is told to stop: the lane leaves its current case where it is. */
class Stopped extends Error {}

/** A projector child: its lines, and whether a batch transaction was open when it died. */
interface Child {
  process: ChildProcess;
  warm: Promise<void>;
  /** Tells a warm child to start its runners; resolves once they started. */
  go(): Promise<void>;
  exited: Promise<void>;
  lines: string[];
  stderr(): string;
}

function startChild(url: string): Child {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', CHILD], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: url, PROJECTOR_BATCH_SIZE: '20' },
  });
  const lines: string[] = [];
  let buffered = '';
  let stderr = '';
  const signals = { WARM: deferred(), READY: deferred() };
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      if (line === 'WARM' || line === 'READY') signals[line].resolve();
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close' fires once the child exited and its pipes are drained: every marker it wrote is in `lines`.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  void exited.then(() => {
    const error = new Error(`projector child exited before it started: ${stderr.slice(0, 2000)}`);
    signals.WARM.reject(error);
    signals.READY.reject(error);
  });
  signals.WARM.promise.catch(() => undefined);
  signals.READY.promise.catch(() => undefined);
  return {
    process: child,
    warm: signals.WARM.promise,
    go() {
      child.stdin!.write('go\n');
      return signals.READY.promise;
    },
    exited,
    lines,
    stderr: () => stderr,
  };
}

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Batch transactions the child had begun but neither committed nor rolled back when it died. */
/** Resolves when `check` holds after a line of output, or after `ms`. */
function untilFor(child: Child) {
  return (check: () => boolean, ms: number) =>
    new Promise<void>((done) => {
      if (check()) return done();
      const timer = setTimeout(finish, ms);
      function finish() {
        clearTimeout(timer);
        child.process.stdout!.off('data', onData);
        done();
      }
      function onData() {
        if (check()) finish();
      }
      child.process.stdout!.on('data', onData);
    });
}

function openTransactions(lines: readonly string[]): number {
  const open = new Set<string>();
  for (const line of lines) {
    const [kind, id] = line.split(' ');
    if (kind === 'T') open.add(id);
    if (kind === 'C' || kind === 'R') open.delete(id);
  }
  return open.size;
}

async function migratedDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ migrate: false });
  await runMigrations(database.url, allMigrations);
  return database;
}

describe('a projector crashing under load', () => {
  let live: TestDatabase;
  let rebuilt: TestDatabase;
  let store: PostgresEventStore;
  let liveDb: DataSource;
  let rebuiltDb: DataSource;
  const children = new Set<Child>();

  beforeAll(async () => {
    [live, rebuilt] = await Promise.all([migratedDatabase(), migratedDatabase()]);
    store = new PostgresEventStore({ connectionString: live.url, pollIntervalMs: 50 });
    liveDb = new DataSource({ type: 'postgres', url: live.url, synchronize: false });
    rebuiltDb = new DataSource({ type: 'postgres', url: rebuilt.url, synchronize: false });
    await Promise.all([liveDb.initialize(), rebuiltDb.initialize()]);
  });

  afterAll(async () => {
    for (const child of children) child.process.kill('SIGKILL');
    await Promise.all([...children].map((child) => child.exited));
    await liveDb?.destroy();
    await rebuiltDb?.destroy();
    await store?.close();
    await live?.drop();
    await rebuilt?.drop();
  });

  /** Keeps appending realistic case commands on several cases at once until `stop()`. */
  function startWriter() {
    let stopping = false;
    const failures: unknown[] = [];
    let commands = 0;
    const T0 = Date.parse('2026-03-03T08:00:00.000Z');

    async function oneCase(n: number): Promise<void> {
      const caseId = randomUUID();
      const found = FINDINGS[n % FINDINGS.length];
      const origin = ORIGINS[n % ORIGINS.length];
      const home = `UPTD-PPA-${origin.province}`;
      const caseworker = staff(found.owner, 'caseworker');
      const supervisor = staff(found.owner, 'supervisor');
      const police = officer(found.police, 'police_investigator');
      const social = officer(found.social, 'social_services_officer');
      const otherSocial = officer(found.otherSocial, 'social_services_officer');
      const homeCaseworker = staff(home, 'caseworker');
      const homeSupervisor = staff(home, 'supervisor');
      let minute = 0;
      const at = (days: number) => new Date(T0 + days * 86_400_000).toISOString();
      const run = async (actor: Actor, type: CaseCommand['type'], data: Record<string, unknown>) => {
        if (stopping) throw new Stopped();
        const now = new Date(T0 + ++minute * 60_000).toISOString();
        const command = { type, data: { caseId, ...data }, metadata: { actor, now } } as unknown as CaseCommand;
        await executeCaseCommand(store, testDirectory, command, { actor, commandId: randomUUID(), correlationId: caseId, now });
        commands++;
        // A little air between commands: the log grows steadily instead of outrunning the projector's restarts.
        await sleep(15);
      };
      const referral = async (toAgency: string, toAgencyType: 'police' | 'social_services', service: string, reason: string, days: number) => {
        const referralId = randomUUID();
        await run(caseworker, 'SendReferral', { referralId, toAgency, service, reason, responseDeadline: at(days), sharesIdentity: true });
        return referralId;
      };

      await run(caseworker, 'OpenCase', { channel: found.channel, reporterType: 'government_agency', districtCode: found.district });
      await run(caseworker, 'RegisterVictim', {
        initials: INITIALS[n % INITIALS.length],
        sex: n % 4 === 3 ? 'male' : 'female',
        birthYear: 1990 + (n % 15),
        isChild: false,
        nationality: 'ID',
        originProvinceCode: origin.province,
        originDistrictCode: origin.district,
      });
      await run(caseworker, 'RecordConsent', { consentId: 'consent-process', scope: 'process', evidenceRef: `CONSENT-${n}` });
      await run(caseworker, 'RecordConsent', {
        consentId: 'consent-share',
        scope: 'share',
        agencyTypes: ['police', 'social_services', 'uptd_ppa'],
        purpose: 'law enforcement, shelter and return home',
        evidenceRef: `CONSENT-${n}-SHARE`,
      });
      await run(caseworker, 'AdvanceStage', { to: 'assessment' });
      await run(caseworker, 'RecordAssessment', {
        assessmentId: 'assessment-1',
        indicators: {
          recruitmentMethods: ['job_offer'],
          meansOfControl: ['document_confiscation', n % 2 === 0 ? 'debt_bondage' : 'withheld_wages'],
          exploitationTypes: ['forced_labour'],
          destinationCountry: 'MY',
          transitPoints: ['Nunukan', 'Tawau'],
          modus: ['plantation_work'],
        },
        victimStatus: 'confirmed',
        riskLevel: n % 3 === 0 ? 'high' : 'medium',
        needs: ['shelter', 'psychosocial', 'repatriation'],
      });
      await run(supervisor, 'ApproveAssessment', { assessmentId: 'assessment-1' });
      await run(caseworker, 'AdvanceStage', { to: 'rehabilitation' });
      const toPolice = await referral(found.police, 'police', 'law_enforcement', 'report the recruiter', 3);
      let toShelter = await referral(found.social, 'social_services', 'shelter', 'safe shelter while the case proceeds', 2);
      await run(police, 'AcceptReferral', { referralId: toPolice });
      await run(police, 'FilePoliceReport', {
        reportNumber: `LP/B/${100 + n}/III/2026/SPKT`,
        unit: 'Unit PPA Satreskrim',
        policeAgency: found.police,
        filedOn: '2026-03-03',
      });
      let shelterOfficer = social;
      if (n % 3 === 0) {
        // Every third case the first shelter declines and the case is referred on.
        await run(social, 'DeclineReferral', { referralId: toShelter, reason: 'no bed free' });
        toShelter = await referral(found.otherSocial, 'social_services', 'shelter', 'the first shelter is full', 4);
        shelterOfficer = otherSocial;
      }
      await run(shelterOfficer, 'AcceptReferral', { referralId: toShelter });
      await run(caseworker, 'StartShelterPlacement', { placementId: 'placement-1', shelterAgency: shelterOfficer.agency, days: 14 });
      await run(caseworker, 'RequestService', { serviceId: 'service-1', service: 'psychosocial', providerAgency: shelterOfficer.agency });
      await run(shelterOfficer, 'RecordServiceDelivered', { serviceId: 'service-1', note: 'counselling sessions' });
      await run(caseworker, 'EndShelterPlacement', { placementId: 'placement-1', reason: 'returned_to_family' });
      await run(shelterOfficer, 'CompleteReferral', { referralId: toShelter, outcome: 'successful' });
      await run(police, 'CompleteReferral', { referralId: toPolice, outcome: 'successful', note: 'case file with the prosecutor' });
      await run(caseworker, 'AdvanceStage', { to: 'repatriation' });
      const transferId = randomUUID();
      await run(caseworker, 'RequestTransfer', { transferId, toAgency: home, reason: 'return to the home province' });
      await run(homeCaseworker, 'AcceptTransfer', { transferId });
      await run(homeCaseworker, 'PlanRepatriation', {
        from: { kind: 'port', port: found.district === '6503' ? 'Nunukan' : 'Balikpapan' },
        toDistrictCode: origin.district,
        escortAgency: 'BP3MI-NUNUKAN',
        transport: 'sea',
        plannedDate: '2026-03-10',
      });
      await run(homeCaseworker, 'RecordHandover', {
        receivingAgency: home,
        handoverRecordNumber: `BA/${String(n).padStart(3, '0')}/III/2026`,
        location: 'Pelabuhan tujuan',
      });
      await run(homeCaseworker, 'CompleteRepatriation', {});
      await run(homeCaseworker, 'AdvanceStage', { to: 'reintegration' });
      await run(homeSupervisor, 'ApproveReintegrationPlan', { planId: 'plan-1', goals: ['family_reunification', 'economic_empowerment'] });
      // Half the cases stay open in reintegration: the read models hold open and closed cases alike.
      if (n % 2 === 1) return;
      await run(homeCaseworker, 'RecordFollowUpVisit', { visitId: 'visit-1', visitedOn: '2026-03-03', wellbeing: 'stable' });
      await run(homeCaseworker, 'CompleteReintegration', { note: 'back with her family' });
      await run(homeCaseworker, 'RequestClosure', { reason: 'reintegrated' });
      await run(homeSupervisor, 'ApproveClosure', {});
    }

    async function lane(first: number): Promise<void> {
      for (let n = first; !stopping; n += LANES) {
        try {
          await oneCase(n);
        } catch (error) {
          if (error instanceof Stopped) return;
          failures.push(error);
          return;
        }
      }
    }

    const lanes = Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    return {
      failures,
      commands: () => commands,
      async stop() {
        stopping = true;
        await lanes;
      },
    };
  }

  async function checkpointsReached(head: Position): Promise<boolean> {
    const checkpoints = await listCheckpoints(liveDb);
    const names = caseProjections().map((p) => p.name);
    return names.every((name) => {
      const checkpoint = checkpoints.find((c) => c.name === name);
      return checkpoint !== undefined && comparePositions(checkpoint.position, head) >= 0;
    });
  }

  /** The fresh rebuild: every event of the live log through each projection, in the rebuilt database. */
  async function rebuild(projections: readonly Projection[]): Promise<Map<string, number>> {
    const counts = new Map(projections.map((p) => [p.name, 0]));
    let after: Position = START;
    for (;;) {
      const page = await store.readAll({ after, maxCount: 500 });
      for (const projection of projections) {
        const handled = page.events.filter((e) => projection.eventTypes.includes(e.type));
        counts.set(projection.name, counts.get(projection.name)! + handled.length);
        if (handled.length > 0) await rebuiltDb.transaction((manager) => projection.apply(handled, manager));
      }
      after = page.next;
      if (page.endOfLog || page.events.length === 0) return counts;
    }
  }

  async function contents(db: DataSource, table: string, key: string): Promise<string[]> {
    const rows = (await db.query(`SELECT * FROM ${table} ORDER BY ${key}`)) as object[];
    return rows.map((row) => JSON.stringify(row));
  }

  it('a projector killed 20 times at random points while commands arrive converges to a fresh rebuild, no row lost or applied twice', async () => {
    const started = Date.now();
    const spawnChild = () => {
      const child = startChild(live.url);
      children.add(child);
      return child;
    };
    // Loading TypeScript takes a child seconds: a few load ahead, each starting its runners only once its predecessor is dead.
    const pool: Child[] = [];
    const writer = startWriter();
    const kills: Array<{ afterMs: number; firstTransactionMs: number | null; inTransaction: number; commits: number }> = [];
    const errors: string[] = [];
    try {
      while (kills.length < MIN_KILLS || (kills.filter((k) => k.inTransaction > 0).length < MIN_KILLS_IN_TRANSACTION && kills.length < MAX_KILLS)) {
        while (pool.length < POOL) pool.push(spawnChild());
        const child = pool.shift()!;
        await child.warm;
        const goAt = Date.now();
        await child.go();
        const until = untilFor(child);
        let firstTransactionMs: number | null = null;
        child.process.stdout!.on('data', () => (firstTransactionMs ??= child.lines.some((l) => l.startsWith('T ')) ? Date.now() - goAt : null));
        // The kill lands at a random instant after the child began to project: every other one after its first
        // committed batch (or 3 s if none commits), so restarts that resumed and moved on are killed too, however long
        // nine runners take to start on a loaded machine; the others at once when the child next reports an open batch
        // transaction, so the spec does not depend on how often a random instant falls inside a short batch.
        const begun = () => openTransactions(child.lines) > 0 || child.lines.some((l) => l.startsWith('C '));
        await until(begun, 3_000);
        const afterMs = Math.floor(Math.random() * 300);
        if (kills.length % 2 === 0) {
          await until(() => child.lines.some((l) => l.startsWith('C ')), 3_000);
          await sleep(afterMs);
        } else await until(() => openTransactions(child.lines) > 0, afterMs);
        child.process.kill('SIGKILL');
        await child.exited;
        children.delete(child);
        errors.push(...child.lines.filter((l) => l.startsWith('E ')));
        kills.push({
          afterMs,
          firstTransactionMs,
          inTransaction: openTransactions(child.lines),
          commits: child.lines.filter((l) => l.startsWith('C ')).length,
        });
      }
    } finally {
      await writer.stop();
    }
    // PROJECTOR_CRASH_REPORT=<file> keeps where the kills landed, for whoever reads a run (or a failure).
    if (process.env.PROJECTOR_CRASH_REPORT) {
      writeFileSync(process.env.PROJECTOR_CRASH_REPORT, JSON.stringify({ seconds: (Date.now() - started) / 1000, commands: writer.commands(), kills }));
    }
    expect(writer.failures).toEqual([]);

    // Last run: the projector catches up with the whole log, then stops cleanly.
    const head = await store.headPosition();
    expect(head).not.toBeNull();
    const last = pool.shift() ?? spawnChild();
    for (const spare of pool) spare.process.kill('SIGKILL');
    await last.warm;
    await last.go();
    const deadline = Date.now() + 30_000;
    while (!(await checkpointsReached(head!))) {
      if (Date.now() > deadline) throw new Error('the projector did not catch up with the log within 30 s');
      await sleep(50);
    }
    last.process.stdin!.write('stop\n');
    await last.exited;
    expect({ exit: last.process.exitCode, stopped: last.lines.includes('STOPPED'), stderr: last.stderr() }).toEqual({ exit: 0, stopped: true, stderr: '' });
    errors.push(...last.lines.filter((l) => l.startsWith('E ')));

    const projections = caseProjections();
    const expected = await rebuild(projections);
    for (const [table, key] of Object.entries(TABLES)) {
      const [actual, fresh] = await Promise.all([contents(liveDb, table, key), contents(rebuiltDb, table, key)]);
      expect({ table, rows: actual.length }).toEqual({ table, rows: fresh.length });
      expect({ table, rows: actual }).toEqual({ table, rows: fresh });
    }
    const applied = Object.fromEntries((await listCheckpoints(liveDb)).map((c) => [c.name, c.eventsApplied]));
    expect(applied).toEqual(Object.fromEntries(expected));
    expect(errors).toEqual([]);

    expect(kills.length).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(kills.filter((k) => k.inTransaction > 0).length).toBeGreaterThanOrEqual(MIN_KILLS_IN_TRANSACTION);
    // Restarts resumed and moved on: many kills hit a projector that had already committed batches, not only one still starting.
    expect(kills.filter((k) => k.commits > 0).length).toBeGreaterThanOrEqual(5);
    expect(writer.commands()).toBeGreaterThan(100);
  }, 300_000);
});
