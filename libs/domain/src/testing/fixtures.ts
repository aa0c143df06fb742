import type { Actor, AgencyType, DirectoryAgency, DirectoryUser, ResolvedAgencies, ResolvedUsers } from '../actor.js';
import type { CaseCommandOfType, CaseCommandType } from '../case.commands.js';
import type { CaseEvent, CaseEventOfType, CaseEventType, EventContext, TraffickingIndicators } from '../case.events.js';
import type { OpenStage, VictimStatus } from '../case.values.js';
import { addDays } from '../validation.js';
import type { ResolvedPorts } from '../transit-points.js';

export const CASE_ID = '0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60';
export const T0 = '2025-03-03T08:00:00.000Z';
export const day = (days: number): string => addDays(T0, days);

export const KALTIM = 'UPTD-PPA-64';
export const JATIM = 'UPTD-PPA-35';
export const KALBAR = 'UPTD-PPA-61';
export const POLDA = 'POLDA-KALTIM';
export const DINSOS = 'DINSOS-6471';
export const BP2MI = 'BP3MI-NUNUKAN';
export const LPSK = 'LPSK-RI';
export const RSUD = 'RSUD-6471';

const listed = (code: string, type: AgencyType, provinceCode: string | null): DirectoryAgency => ({ code, type, provinceCode, active: true, mergedInto: null });

/** The directory the specs' agencies are recorded in, as the command boundary would resolve them. */
export const DIRECTORY: ResolvedAgencies = Object.fromEntries(
  [
    listed(KALTIM, 'uptd_ppa', '64'),
    listed(JATIM, 'uptd_ppa', '35'),
    listed(KALBAR, 'uptd_ppa', '61'),
    listed(POLDA, 'police', '64'),
    listed(DINSOS, 'social_services', '64'),
    listed(BP2MI, 'bp2mi', '65'),
    listed(LPSK, 'lpsk', null),
    listed(RSUD, 'health', '64'),
  ].map((agency) => [agency.code, agency]),
);

export const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
export const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
export const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };
export const dinsosOfficer: Actor = { userId: 'dinsos-bpn', role: 'social_services_officer', agency: DINSOS };
export const bp2miOfficer: Actor = { userId: 'bp2mi-nnk', role: 'bp2mi_officer', agency: BP2MI };
export const lpskOfficer: Actor = { userId: 'lpsk-1', role: 'lpsk_officer', agency: LPSK };
export const healthOfficer: Actor = { userId: 'rsud-bpn', role: 'health_officer', agency: RSUD };
export const jatimCaseworker: Actor = { userId: 'cw-jatim', role: 'caseworker', agency: JATIM };
export const jatimSupervisor: Actor = { userId: 'spv-jatim', role: 'supervisor', agency: JATIM };
export const kalbarCaseworker: Actor = { userId: 'cw-kalbar', role: 'caseworker', agency: KALBAR };
export const auditor: Actor = { userId: 'audit-1', role: 'auditor', agency: KALTIM };
export const analyst: Actor = { userId: 'gt-1', role: 'task_force_analyst', agency: KALTIM };
export const administrator: Actor = { userId: 'admin-1', role: 'administrator', agency: KALTIM };
export const system: Actor = { userId: 'deadline-sweep', role: 'system', agency: 'SYSTEM' };

const user = (actor: Actor, active = true): DirectoryUser => ({ userId: actor.userId, agency: actor.agency, role: actor.role, active });
export const secondCaseworker: Actor = { userId: 'cw2-kaltim', role: 'caseworker', agency: KALTIM };
export const formerCaseworker: Actor = { userId: 'cw-left-kaltim', role: 'caseworker', agency: KALTIM };

/** The users the directory records, as the command boundary would resolve them. */
export const USERS: ResolvedUsers = Object.fromEntries(
  [user(caseworker), user(secondCaseworker), user(formerCaseworker, false), user(supervisor), user(police), user(jatimCaseworker), user(jatimSupervisor)].map(
    (record) => [record.userId, record],
  ),
);

type CommandData<T extends CaseCommandType> = Omit<CaseCommandOfType<T>['data'], 'caseId'> & { caseId?: string };

/** A command as the API would build it: the actor from the token, `now` from the clock. */
export function command<T extends CaseCommandType>(
  type: T,
  data: CommandData<T>,
  {
    actor = caseworker,
    now = T0,
    agencies = DIRECTORY,
    users = USERS,
    ports = PORTS,
  }: { actor?: Actor; now?: string; agencies?: ResolvedAgencies; users?: ResolvedUsers; ports?: ResolvedPorts } = {},
): CaseCommandOfType<T> {
  return { type, data: { caseId: CASE_ID, ...data }, metadata: { actor, now, agencies, users, ports } } as unknown as CaseCommandOfType<T>;
}

type EventData<T extends CaseEventType> = Omit<CaseEventOfType<T>['data'], keyof EventContext>;

export function event<T extends CaseEventType>(
  type: T,
  data: EventData<T>,
  { by = caseworker, at = T0, caseId = CASE_ID }: Partial<EventContext> = {},
): CaseEventOfType<T> {
  return { type, data: { caseId, at, by, ...data } } as unknown as CaseEventOfType<T>;
}

type Context = Partial<EventContext>;

export const VICTIM = {
  initials: 'SR',
  sex: 'female',
  birthYear: 2001,
  isChild: false,
  nationality: 'ID',
  originProvinceCode: '35',
  originDistrictCode: '3509',
} as const;

export const INDICATORS: TraffickingIndicators = {
  recruitmentMethods: ['job_offer'],
  meansOfControl: ['document_confiscation', 'debt_bondage'],
  exploitationTypes: ['forced_labour'],
  destinationCountry: 'MY',
  transitPoints: ['IDNNX', 'MYTWU'],
  modus: ['plantation_work'],
};

/** The ports list's records of the specs' transit points, as the command boundary would resolve them. */
export const PORTS: ResolvedPorts = {
  IDNNX: { code: 'IDNNX', name: 'Pelabuhan Tunon Taka, Nunukan' },
  MYTWU: { code: 'MYTWU', name: 'Pelabuhan Tawau, Sabah' },
};

export const caseOpened = (context: Context = {}) =>
  event('CaseOpened', { ownerAgency: context.by?.agency ?? KALTIM, channel: 'port', reporterType: 'government_agency', districtCode: '6503' }, context);
export const victimRegistered = (context: Context = {}) => event('VictimRegistered', { ...VICTIM, birthYear: 2001, ageBand: null }, context);
export const childRegistered = (context: Context = {}) => event('VictimRegistered', { ...VICTIM, birthYear: 2010, ageBand: null, isChild: true }, context);
export const processConsentRecorded = (context: Context = {}) =>
  event(
    'ConsentRecorded',
    {
      consentId: 'consent-process',
      scope: 'process',
      agencies: [],
      agencyTypes: [],
      purpose: null,
      guardian: null,
      evidenceRef: 'DOC-CONSENT-001',
    },
    context,
  );
export const shareConsentRecorded = (context: Context = {}) =>
  event(
    'ConsentRecorded',
    {
      consentId: 'consent-share',
      scope: 'share',
      agencies: [DINSOS],
      agencyTypes: ['police'],
      purpose: 'law enforcement and shelter',
      guardian: null,
      evidenceRef: 'DOC-CONSENT-002',
    },
    context,
  );
export const stageAdvanced = (from: OpenStage, to: OpenStage, context: Context = {}) => event('StageAdvanced', { from, to }, context);
export const assessmentRecorded = (assessmentId = 'assessment-1', victimStatus: VictimStatus = 'confirmed', context: Context = {}) =>
  event(
    'AssessmentRecorded',
    { assessmentId, indicators: INDICATORS, victimStatus, riskLevel: 'high', needs: ['shelter', 'psychosocial', 'repatriation'] },
    context,
  );
export const assessmentApproved = (assessmentId = 'assessment-1', victimStatus: VictimStatus = 'confirmed', context: Context = { by: supervisor }) =>
  event('AssessmentApproved', { assessmentId, victimStatus }, context);
export const serviceRequested = (serviceId = 'service-1', context: Context = {}) =>
  event('ServiceRequested', { serviceId, service: 'psychosocial', providerAgency: null, note: null, dueBy: addDays(context.at ?? T0, 7) }, context);
export const serviceDelivered = (serviceId = 'service-1', context: Context = {}) =>
  event('ServiceDelivered', { serviceId, service: 'psychosocial', dueBy: day(7), onTime: true, note: null }, context);
export const shelterStarted = (placementId = 'placement-1', context: Context = {}) =>
  event('ShelterPlacementStarted', { placementId, shelterAgency: DINSOS, plannedEndBy: addDays(context.at ?? T0, 7) }, context);
export const shelterEnded = (placementId = 'placement-1', context: Context = {}) =>
  event('ShelterPlacementEnded', { placementId, reason: 'returned_to_family', note: null }, context);
export const repatriationPlanned = (context: Context = {}) =>
  event(
    'RepatriationPlanned',
    {
      from: { kind: 'port', port: 'IDNNX' },
      toDistrictCode: '3509',
      escortAgency: BP2MI,
      transport: 'sea',
      mouReference: null,
      plannedDate: '2025-03-20',
    },
    context,
  );
export const victimHandedOver = (context: Context = {}) =>
  event('VictimHandedOver', { receivingAgency: JATIM, handoverRecordNumber: 'BA/017/III/2025', location: 'Pelabuhan Tanjung Perak' }, context);
export const repatriationCompleted = (context: Context = {}) => event('RepatriationCompleted', { toDistrictCode: '3509' }, context);
export const reintegrationPlanApproved = (context: Context = { by: supervisor }) =>
  event('ReintegrationPlanApproved', { planId: 'plan-1', goals: ['family_reunification', 'economic_empowerment'], note: null }, context);
export const followUpVisitRecorded = (context: Context = {}) =>
  event('FollowUpVisitRecorded', { visitId: 'visit-1', visitedOn: '2025-03-03', wellbeing: 'stable', note: null }, context);
export const reintegrationCompleted = (context: Context = {}) => event('ReintegrationCompleted', { note: null }, context);
export const referralSent = (referralId = 'referral-police', over: Partial<EventData<'ReferralSent'>> = {}, context: Context = {}) =>
  event(
    'ReferralSent',
    {
      referralId,
      fromAgency: KALTIM,
      toAgency: POLDA,
      toAgencyType: 'police',
      service: 'law_enforcement',
      reason: 'report the recruiter',
      responseDeadline: day(3),
      sharesIdentity: false,
      sharingBasis: null,
      ...over,
    },
    context,
  );
export const referralAccepted = (referralId = 'referral-police', context: Context = { by: police }) =>
  event('ReferralAccepted', { referralId, note: null }, context);
export const referralCompleted = (referralId = 'referral-police', context: Context = { by: police }) =>
  event('ReferralCompleted', { referralId, outcome: 'successful', reason: null, note: null }, context);
export const restitutionOrdered = (restitutionId = 'restitution-1', context: Context = {}) =>
  event(
    'RestitutionOrdered',
    { restitutionId, amount: 150_000_000, verdictNumber: '12/Pid.Sus/2025/PN Nnk', verdictFinalOn: '2025-03-01', payBy: '2025-03-15' },
    context,
  );
export const closureRequested = (reason: EventData<'ClosureRequested'>['reason'] = 'lost_contact', context: Context = {}) =>
  event('ClosureRequested', { reason, note: null, unpaidRestitutionReason: null }, context);
export const caseClosed = (
  closedFromStage: OpenStage = 'intake',
  reason: EventData<'CaseClosed'>['reason'] = 'lost_contact',
  context: Context = { by: supervisor },
) => event('CaseClosed', { reason, note: null, unpaidRestitutionReason: null, requestedBy: caseworker, closedFromStage }, context);
export const transferRequested = (context: Context = {}) =>
  event(
    'TransferRequested',
    { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM, toAgencyType: 'uptd_ppa', reason: 'repatriation to Jember', mouId: null },
    context,
  );

/** Histories that bring a case to the start of each stage. */
export const atIntake: readonly CaseEvent[] = [caseOpened()];
export const readyToAssess: readonly CaseEvent[] = [...atIntake, victimRegistered(), processConsentRecorded()];
export const atAssessment: readonly CaseEvent[] = [...readyToAssess, stageAdvanced('intake', 'assessment')];
export const atRehabilitation: readonly CaseEvent[] = [
  ...atAssessment,
  assessmentRecorded(),
  assessmentApproved(),
  stageAdvanced('assessment', 'rehabilitation'),
];
export const atRepatriation: readonly CaseEvent[] = [
  ...atRehabilitation,
  serviceRequested(),
  serviceDelivered(),
  stageAdvanced('rehabilitation', 'repatriation'),
];
export const atReintegration: readonly CaseEvent[] = [
  ...atRepatriation,
  repatriationPlanned(),
  victimHandedOver(),
  repatriationCompleted(),
  stageAdvanced('repatriation', 'reintegration'),
];
export const closedAtIntake: readonly CaseEvent[] = [...atIntake, closureRequested(), caseClosed()];
