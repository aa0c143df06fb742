import { randomUUID } from 'node:crypto';
import type { AgencyType, ReferralService, Role } from '@rujukan/domain';

/**
 * The load benchmark's workload: who works, on which agencies, and what each of them sends next.
 *
 * Twenty agencies: ten UPTD PPA that open and own cases, and ten that receive referrals (police, social
 * services, a shelter, a hospital, BP3MI, LPSK and a consulate). The staff of the owning agencies carry
 * their new cases through intake (register the victim, two consents, advance to assessment, record it, refer
 * to the police) and keep working on their agency's cases (notes, urgent services, more referrals) and read
 * them (their queue, the case, its timeline). The receiving officers read their queue, accept and complete
 * what was sent to them, and read those cases. Which case a note or a read goes to follows a Zipf-like law
 * over the agency's cases (rank k chosen with probability about 1/k): a few cases are hot.
 *
 * Every command carries `If-Match` with the revision the driver last saw for that case (from the responses
 * of earlier commands) and an Idempotency-Key, as the web console sends them. Two staff writing to the same
 * hot case at once race: one of them gets 409 `CASE.CONCURRENT_UPDATE`, which is intended and counted
 * apart. Any other answer than 2xx or that 409 means the driver and the service disagree: an error.
 *
 * Reads of a case carry `X-Min-Position` with the last position the driver saw for it, as the console does
 * to show its own writes, so they never ask for a case the read models cannot have yet.
 */

export interface LoadAgency {
  code: string;
  name: string;
  type: AgencyType;
  provinceCode: string | null;
  districtCode: string | null;
  /** The role its staff in the benchmark hold. */
  staffRole: Role;
  /** What a referral to it asks for (receiving agencies only). */
  service?: ReferralService;
}

export const LOAD_AGENCIES: readonly LoadAgency[] = [
  { code: 'UPTD-PPA-64', name: 'UPTD PPA Provinsi Kalimantan Timur', type: 'uptd_ppa', provinceCode: '64', districtCode: '6471', staffRole: 'caseworker' },
  { code: 'UPTD-PPA-61', name: 'UPTD PPA Provinsi Kalimantan Barat', type: 'uptd_ppa', provinceCode: '61', districtCode: '6171', staffRole: 'caseworker' },
  { code: 'UPTD-PPA-65', name: 'UPTD PPA Provinsi Kalimantan Utara', type: 'uptd_ppa', provinceCode: '65', districtCode: '6503', staffRole: 'caseworker' },
  { code: 'UPTD-PPA-63', name: 'UPTD PPA Provinsi Kalimantan Selatan', type: 'uptd_ppa', provinceCode: '63', districtCode: '6371', staffRole: 'caseworker' },
  { code: 'UPTD-PPA-35', name: 'UPTD PPA Provinsi Jawa Timur', type: 'uptd_ppa', provinceCode: '35', districtCode: '3578', staffRole: 'caseworker' },
  { code: 'UPTD-PPA-32', name: 'UPTD PPA Provinsi Jawa Barat', type: 'uptd_ppa', provinceCode: '32', districtCode: '3273', staffRole: 'caseworker' },
  { code: 'UPTD-PPA-73', name: 'UPTD PPA Provinsi Sulawesi Selatan', type: 'uptd_ppa', provinceCode: '73', districtCode: '7371', staffRole: 'caseworker' },
  { code: 'UPTD-PPA-52', name: 'UPTD PPA Provinsi Nusa Tenggara Barat', type: 'uptd_ppa', provinceCode: '52', districtCode: '5271', staffRole: 'caseworker' },
  { code: 'UPTD-PPA-53', name: 'UPTD PPA Provinsi Nusa Tenggara Timur', type: 'uptd_ppa', provinceCode: '53', districtCode: '5371', staffRole: 'caseworker' },
  { code: 'UPTD-PPA-21', name: 'UPTD PPA Provinsi Kepulauan Riau', type: 'uptd_ppa', provinceCode: '21', districtCode: '2171', staffRole: 'caseworker' },
  {
    code: 'POLDA-KALTIM',
    name: 'Polda Kalimantan Timur, Subdit IV Renakta',
    type: 'police',
    provinceCode: '64',
    districtCode: '6471',
    staffRole: 'police_investigator',
    service: 'law_enforcement',
  },
  {
    code: 'POLDA-KALBAR',
    name: 'Polda Kalimantan Barat, Subdit IV Renakta',
    type: 'police',
    provinceCode: '61',
    districtCode: '6171',
    staffRole: 'police_investigator',
    service: 'law_enforcement',
  },
  {
    code: 'POLRES-NUNUKAN',
    name: 'Polres Nunukan, Unit PPA',
    type: 'police',
    provinceCode: '65',
    districtCode: '6503',
    staffRole: 'police_investigator',
    service: 'law_enforcement',
  },
  {
    code: 'DINSOS-6471',
    name: 'Dinas Sosial Kota Balikpapan',
    type: 'social_services',
    provinceCode: '64',
    districtCode: '6471',
    staffRole: 'social_services_officer',
    service: 'psychosocial',
  },
  {
    code: 'DINSOS-6503',
    name: 'Dinas Sosial Kabupaten Nunukan',
    type: 'social_services',
    provinceCode: '65',
    districtCode: '6503',
    staffRole: 'social_services_officer',
    service: 'social_rehabilitation',
  },
  {
    code: 'RPTC-6471',
    name: 'Rumah Perlindungan Trauma Center Balikpapan',
    type: 'shelter',
    provinceCode: '64',
    districtCode: '6471',
    staffRole: 'social_services_officer',
    service: 'shelter',
  },
  {
    code: 'RSUD-6471',
    name: 'RSUD Beriman Balikpapan',
    type: 'health',
    provinceCode: '64',
    districtCode: '6471',
    staffRole: 'health_officer',
    service: 'health',
  },
  {
    code: 'BP3MI-NUNUKAN',
    name: 'BP3MI Kalimantan Utara, Pos Nunukan',
    type: 'bp2mi',
    provinceCode: '65',
    districtCode: '6503',
    staffRole: 'bp2mi_officer',
    service: 'repatriation',
  },
  {
    code: 'LPSK',
    name: 'Lembaga Perlindungan Saksi dan Korban',
    type: 'lpsk',
    provinceCode: null,
    districtCode: null,
    staffRole: 'lpsk_officer',
    service: 'protection',
  },
  { code: 'KJRI-TAWAU', name: 'Konsulat RI Tawau', type: 'consulate', provinceCode: null, districtCode: null, staffRole: 'caseworker', service: 'documents' },
];

const OWNERS = LOAD_AGENCIES.filter((a) => a.type === 'uptd_ppa');
const RECEIVERS = LOAD_AGENCIES.filter((a) => a.type !== 'uptd_ppa');
const POLICE_OF: Record<string, string> = { '64': 'POLDA-KALTIM', '61': 'POLDA-KALBAR', '65': 'POLRES-NUNUKAN' };

export interface LoadUser {
  userId: string;
  agency: string;
  role: Role;
}

/** `count` staff: seven in ten at the owning agencies, the rest at the receiving ones, spread evenly. */
export function loadUsers(count: number): LoadUser[] {
  const owners = Math.max(1, Math.round(count * 0.7));
  return Array.from({ length: count }, (_, i) => {
    const agency = i < owners ? OWNERS[i % OWNERS.length] : RECEIVERS[(i - owners) % RECEIVERS.length];
    return { userId: `load-${agency.code.toLowerCase()}-${i}`, agency: agency.code, role: agency.staffRole };
  });
}

/** `count` staff all at the owning agencies (ids of their own): the commands-only and fixed-rate loads, where every connection sends commands. */
export function commandStaff(count: number): LoadUser[] {
  return Array.from({ length: count }, (_, i) => {
    const agency = OWNERS[i % OWNERS.length];
    return { userId: `load-cmd-${agency.code.toLowerCase()}-${i}`, agency: agency.code, role: agency.staffRole };
  });
}

// ---------------------------------------------------------------- what the driver knows of each case

/** The intake steps after opening, in order; a case is "through intake" once the referral to the police is sent. */
const STEPS = ['register-victim', 'record-consent', 'record-consent', 'advance-stage', 'record-assessment', 'send-referral'] as const;

interface CaseTrack {
  caseId: string;
  owner: string;
  revision: number;
  position: string;
  /** Index into STEPS of the next intake step; STEPS.length once through intake. */
  step: number;
  stepBusy: boolean;
  /** Commands sent to this case and not yet answered. */
  inFlight: number;
  notes: number;
  /** The how-manyth case the load opened: her identity is drawn from it. */
  serial: number;
}

const FIRST_NAMES = ['Siti', 'Nur', 'Dewi', 'Yuliana', 'Maria', 'Rina', 'Fitri', 'Agnes', 'Lestari', 'Wati'];
const LAST_NAMES = ['Rahayu', 'Lestari', 'Bria', 'Nahak', 'Seran', 'Tefa', 'Kolo', 'Manek', 'Hale', 'Sari'];

/**
 * The identity of the load's `serial`-th victim: a NIK, a phone and a name of her own, as real victims have. One
 * shared NIK made every registration a possible duplicate of every victim before it (about 700 rows written for
 * one command at 700 cases), a cost no real register pays. NIK: district 5302, a woman's birth date (day + 40)
 * and a four-digit sequence, unique for the first 279,972 victims.
 */
export function loadVictimIdentity(serial: number): { fullName: string; nik: string; phone: string } {
  const sequence = (serial % 9999) + 1;
  const day = 41 + (Math.floor(serial / 9999) % 28);
  return {
    fullName: `${FIRST_NAMES[serial % 10]} ${FIRST_NAMES[Math.floor(serial / 10) % 10]} ${LAST_NAMES[Math.floor(serial / 100) % 10]}`,
    nik: `530201${day}0601${String(sequence).padStart(4, '0')}`,
    phone: `+62 812 ${String(serial % 10_000).padStart(4, '0')} ${String(Math.floor(serial / 10_000) % 10_000).padStart(4, '0')}`,
  };
}

interface ReferralTrack {
  referralId: string;
  track: CaseTrack;
}

interface AgencyState {
  /** Its cases in the order they were opened: rank 0 is the hottest. */
  cases: CaseTrack[];
  /** Those whose victim is registered, in the same order: notes and services need her. */
  registered: CaseTrack[];
  /** Referrals sent to it and not yet answered, and those it accepted and has not completed. */
  pending: ReferralTrack[];
  accepted: ReferralTrack[];
  /** Cases it holds a referral of, for its reads. */
  referred: CaseTrack[];
}

export type OpKind = 'command' | 'query';

/** One request the driver sends, and how to take its answer. */
export interface PlannedRequest {
  op: string;
  kind: OpKind;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  settle(status: number, body: string): Outcome;
}

/** ok: 2xx; race: the intended 409 on a case that moved; error: anything else (with its status and code). */
export type Outcome = { kind: 'ok' } | { kind: 'race' } | { kind: 'error'; status: number; code: string };

/** A deterministic random source (mulberry32), so two runs of the same seed plan the same mix. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A rank in [0, n) with probability about proportional to 1/(rank+1): Zipf with s = 1, by the inverse of its continuous CDF. */
export function zipfRank(n: number, random: () => number): number {
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1);
}

const OWNER_MIX = [
  ['intake-step', 18],
  ['open-case', 4],
  ['record-consent', 9],
  ['request-service', 5],
  ['send-referral', 3],
  ['queue', 18],
  ['case', 25],
  ['timeline', 18],
] as const;
/** The owning agencies' commands alone, in the same proportions: the commands-only load. */
const OWNER_COMMAND_MIX = OWNER_MIX.filter(([op]) => op !== 'queue' && op !== 'case' && op !== 'timeline');
const RECEIVER_MIX = [
  ['accept-referral', 30],
  ['complete-referral', 10],
  ['queue', 30],
  ['case', 30],
] as const;

function pick<T extends string>(mix: ReadonlyArray<readonly [T, number]>, random: () => number): T {
  const total = mix.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [name, w] of mix) if ((r -= w) < 0) return name;
  return mix[mix.length - 1][0];
}

const COMMAND_OPS = new Set([
  'open-case',
  'register-victim',
  'record-consent',
  'advance-stage',
  'record-assessment',
  'send-referral',
  'request-service',
  'accept-referral',
  'complete-referral',
]);
export const opKind = (op: string): OpKind => (COMMAND_OPS.has(op) ? 'command' : 'query');

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function parse(body: string): Record<string, unknown> {
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * Plans each staff member's next request and learns from its answer. One instance serves every connection of
 * the driver (one event loop), so what one connection learns the others see at once.
 */
export class LoadMix {
  private readonly agencies = new Map<string, AgencyState>();
  /** Per user: the cases she opened that are not yet through intake. */
  private readonly pipelines: CaseTrack[][];
  private opened = 0;

  /** Only commands: owners draw from their commands alone; receivers answer referrals (or open no case: a queue read when none waits). */
  private readonly commandsOnly: boolean;

  constructor(
    private readonly users: ReadonlyArray<LoadUser & { token: string }>,
    private readonly random: () => number,
    { commandsOnly = false }: { commandsOnly?: boolean } = {},
  ) {
    this.commandsOnly = commandsOnly;
    for (const a of LOAD_AGENCIES) this.agencies.set(a.code, { cases: [], registered: [], pending: [], accepted: [], referred: [] });
    this.pipelines = users.map(() => []);
  }

  /** Cases opened so far, referrals waiting, accepted: for the report. */
  get counts(): { cases: number; pendingReferrals: number; acceptedReferrals: number } {
    let pendingReferrals = 0;
    let acceptedReferrals = 0;
    for (const a of this.agencies.values()) {
      pendingReferrals += a.pending.length;
      acceptedReferrals += a.accepted.length;
    }
    return { cases: this.opened, pendingReferrals, acceptedReferrals };
  }

  next(userIndex: number): PlannedRequest {
    const user = this.users[userIndex];
    const agency = LOAD_AGENCIES.find((a) => a.code === user.agency)!;
    return agency.type === 'uptd_ppa' ? this.ownerRequest(userIndex) : this.receiverRequest(userIndex);
  }

  // ---------------------------------------------------------------- owning agencies

  private ownerRequest(userIndex: number): PlannedRequest {
    const user = this.users[userIndex];
    const state = this.agencies.get(user.agency)!;
    const op = pick(this.commandsOnly ? OWNER_COMMAND_MIX : OWNER_MIX, this.random);
    if (op === 'open-case' || state.cases.length === 0) return this.openCase(userIndex);
    if (op === 'intake-step') {
      const track = this.pipelines[userIndex].find((t) => !t.stepBusy);
      return track ? this.intakeStep(userIndex, track) : this.openCase(userIndex);
    }
    const writable = op === 'record-consent' || op === 'request-service' || op === 'send-referral';
    const pool = writable ? state.registered : state.cases;
    if (pool.length === 0) return this.openCase(userIndex);
    const track = pool[zipfRank(pool.length, this.random)];
    switch (op) {
      case 'record-consent':
        return this.note(userIndex, track, 'record-consent', {
          consentId: `consent-${++track.notes}-${randomUUID().slice(0, 8)}`,
          scope: 'process',
          purpose: 'counselling and medical care at the shelter',
          evidenceRef: `FORM-${track.notes}`,
        });
      case 'request-service':
        return this.note(userIndex, track, 'request-service', {
          serviceId: `first-aid-${++track.notes}-${randomUUID().slice(0, 8)}`,
          service: 'first_aid',
          note: 'minor injuries on arrival at the port',
        });
      case 'send-referral':
        return this.sendReferral(userIndex, track, RECEIVERS[Math.floor(this.random() * RECEIVERS.length)]);
      case 'queue':
        return this.query(user, 'queue', '/queues/mine');
      case 'case':
        return this.query(user, 'case', `/cases/${track.caseId}`, track.position);
      case 'timeline':
        return this.query(user, 'timeline', `/cases/${track.caseId}/timeline?limit=50`, track.position);
    }
  }

  private openCase(userIndex: number): PlannedRequest {
    const user = this.users[userIndex];
    const agency = LOAD_AGENCIES.find((a) => a.code === user.agency)!;
    return {
      ...this.post(user, 'open-case', '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: agency.districtCode }),
      settle: (status, text) => {
        if (status !== 201) return this.outcome(status, text);
        const body = parse(text);
        const track: CaseTrack = {
          caseId: String(body.caseId),
          owner: user.agency,
          revision: Number(body.revision),
          position: String(body.position),
          step: 0,
          stepBusy: false,
          inFlight: 0,
          notes: 0,
          serial: this.opened,
        };
        this.opened++;
        this.agencies.get(user.agency)!.cases.push(track);
        this.pipelines[userIndex].push(track);
        return { kind: 'ok' };
      },
    };
  }

  private intakeStep(userIndex: number, track: CaseTrack): PlannedRequest {
    const step = track.step;
    const user = this.users[userIndex];
    const done = () => {
      if (track.step === step) track.step++;
      if (step === 0) this.agencies.get(track.owner)!.registered.push(track);
      if (track.step >= STEPS.length) this.pipelines[userIndex] = this.pipelines[userIndex].filter((t) => t !== track);
    };
    const owner = LOAD_AGENCIES.find((a) => a.code === track.owner)!;
    let planned: PlannedRequest;
    switch (STEPS[step]) {
      case 'register-victim':
        planned = this.caseCommand(user, track, 'register-victim', {
          initials: 'SR',
          sex: 'female',
          birthYear: 2001,
          isChild: false,
          nationality: 'ID',
          originProvinceCode: '53',
          originDistrictCode: '5302',
          identity: loadVictimIdentity(track.serial),
        });
        break;
      case 'record-consent':
        planned =
          step === 1
            ? this.caseCommand(user, track, 'record-consent', { consentId: 'consent-process', scope: 'process', evidenceRef: 'FORM-1' })
            : this.caseCommand(user, track, 'record-consent', {
                consentId: 'consent-share',
                scope: 'share',
                agencyTypes: ['police', 'social_services', 'shelter', 'health'],
                purpose: 'law enforcement, shelter and care',
                evidenceRef: 'FORM-2',
              });
        break;
      case 'advance-stage':
        planned = this.caseCommand(user, track, 'advance-stage', { to: 'assessment' });
        break;
      case 'record-assessment':
        planned = this.caseCommand(user, track, 'record-assessment', {
          assessmentId: 'assessment-1',
          indicators: {
            recruitmentMethods: ['job_offer'],
            meansOfControl: ['document_confiscation', 'withheld_wages'],
            exploitationTypes: ['forced_labour'],
            destinationCountry: 'MY',
            transitPoints: ['Nunukan', 'Tawau'],
            modus: ['plantation_work'],
          },
          victimStatus: 'confirmed',
          riskLevel: 'medium',
          needs: ['shelter', 'psychosocial', 'repatriation'],
        });
        break;
      case 'send-referral': {
        const police = POLICE_OF[owner.provinceCode ?? ''] ?? RECEIVERS[Math.floor(this.random() * 3)].code;
        planned = this.sendReferral(
          userIndex,
          track,
          LOAD_AGENCIES.find((a) => a.code === police)!,
        );
        break;
      }
    }
    track.stepBusy = true;
    const settle = planned.settle;
    return {
      ...planned,
      settle: (status, text) => {
        track.stepBusy = false;
        const outcome = settle(status, text);
        if (outcome.kind === 'ok') done();
        return outcome;
      },
    };
  }

  private sendReferral(userIndex: number, track: CaseTrack, to: LoadAgency): PlannedRequest {
    const user = this.users[userIndex];
    const planned = this.caseCommand(user, track, 'send-referral', {
      toAgency: to.code,
      service: to.service,
      reason: 'the victim needs this agency’s help',
      responseDeadline: inDays(3),
      sharesIdentity: false,
    });
    return {
      ...planned,
      settle: (status, text) => {
        const outcome = planned.settle(status, text);
        if (outcome.kind === 'ok') this.agencies.get(to.code)!.pending.push({ referralId: String(parse(text).referralId), track });
        return outcome;
      },
    };
  }

  private note(userIndex: number, track: CaseTrack, op: string, body: object): PlannedRequest {
    return this.caseCommand(this.users[userIndex], track, op, body);
  }

  // ---------------------------------------------------------------- receiving agencies

  private receiverRequest(userIndex: number): PlannedRequest {
    const user = this.users[userIndex];
    const state = this.agencies.get(user.agency)!;
    let op = pick(RECEIVER_MIX, this.random);
    if (this.commandsOnly) op = state.pending.length > 0 ? 'accept-referral' : 'complete-referral';
    if (op === 'accept-referral' && state.pending.length > 0) {
      const referral = state.pending.shift()!;
      return this.answer(user, referral, 'accept-referral', `/referrals/${referral.referralId}/accept`, { note: 'we take it from here' }, () => {
        state.accepted.push(referral);
        state.referred.push(referral.track);
      });
    }
    if (op === 'complete-referral' && state.accepted.length > 0) {
      const referral = state.accepted.shift()!;
      return this.answer(
        user,
        referral,
        'complete-referral',
        `/referrals/${referral.referralId}/complete`,
        { outcome: 'successful', note: 'service delivered' },
        () => undefined,
      );
    }
    if (op === 'case' && state.referred.length > 0) {
      const track = state.referred[zipfRank(state.referred.length, this.random)];
      return this.query(user, 'case', `/cases/${track.caseId}`, track.position);
    }
    return this.query(user, 'queue', '/queues/mine');
  }

  /** Accept or complete: on a race the referral goes back to the front of its list, to be tried again. */
  private answer(user: LoadUser & { token: string }, referral: ReferralTrack, op: string, path: string, body: object, onOk: () => void): PlannedRequest {
    const state = this.agencies.get(user.agency)!;
    const list = op === 'accept-referral' ? state.pending : state.accepted;
    const planned = this.caseCommand(user, referral.track, op, body, path);
    return {
      ...planned,
      settle: (status, text) => {
        const outcome = planned.settle(status, text);
        if (outcome.kind === 'ok') onOk();
        if (outcome.kind === 'race') list.unshift(referral);
        return outcome;
      },
    };
  }

  // ---------------------------------------------------------------- requests

  private headers(user: { token: string }): Record<string, string> {
    return { authorization: `Bearer ${user.token}` };
  }

  private post(user: LoadUser & { token: string }, op: string, path: string, body: object, extra: Record<string, string> = {}): Omit<PlannedRequest, 'settle'> {
    return {
      op,
      kind: 'command',
      method: 'POST',
      path,
      headers: { ...this.headers(user), 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...extra },
      body: JSON.stringify(body),
    };
  }

  /** A command on a known case, at the revision last seen; its answer moves what the driver knows of the case. */
  private caseCommand(user: LoadUser & { token: string }, track: CaseTrack, op: string, body: object, path = `/cases/${track.caseId}/${op}`): PlannedRequest {
    track.inFlight++;
    return {
      ...this.post(user, op, path, body, { 'if-match': `"${track.revision}"` }),
      settle: (status, text) => {
        track.inFlight--;
        if (status === 201) {
          const answer = parse(text);
          const revision = Number(answer.revision);
          if (revision > track.revision) {
            track.revision = revision;
            track.position = String(answer.position);
          }
          return { kind: 'ok' };
        }
        const outcome = this.outcome(status, text);
        if (outcome.kind === 'race' && track.inFlight === 0) {
          // Nothing else of ours is on its way to this case: the revision it names is the one to use next.
          const actual = Number((parse(text).details as { actualRevision?: number } | undefined)?.actualRevision);
          if (Number.isInteger(actual) && actual > track.revision) track.revision = actual;
        }
        return outcome;
      },
    };
  }

  private query(user: LoadUser & { token: string }, op: string, path: string, minPosition?: string): PlannedRequest {
    return {
      op,
      kind: 'query',
      method: 'GET',
      path,
      headers: minPosition ? { ...this.headers(user), 'x-min-position': minPosition } : this.headers(user),
      settle: (status, text) => (status === 200 ? { kind: 'ok' } : this.outcome(status, text)),
    };
  }

  private outcome(status: number, text: string): Outcome {
    const code = String(parse(text).code ?? '');
    if (status === 409 && code === 'CASE.CONCURRENT_UPDATE') return { kind: 'race' };
    if (status >= 200 && status < 300) return { kind: 'ok' };
    return { kind: 'error', status, code };
  }
}
