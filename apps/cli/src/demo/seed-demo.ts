import type { Actor, Stage } from '@rujukan/domain';
import { DEMO_AGENCIES } from './demo-agencies.js';

/** Sends one command over HTTP as `actor`; returns the response body, or throws with the API's error. */
export type PostCommand = (path: string, body: object, actor: Actor, idempotencyKey: string) => Promise<CommandResponse>;

export interface CommandResponse {
  caseId: string;
  revision: number;
  referralId?: string;
  transferId?: string;
}

export interface SeedOptions {
  /** Cases per stage, from intake to closed. */
  casesPerStage: number;
  /** Makes the run's Idempotency-Keys: the same run id replays instead of adding cases. */
  runId: string;
  /** Today: the demo's dates and deadlines are whole days from it. */
  now: Date;
}

export interface SeedResult {
  cases: Array<{ caseId: string; stage: Stage; owner: string }>;
}

const TARGET_STAGES: readonly Stage[] = ['intake', 'assessment', 'rehabilitation', 'repatriation', 'reintegration', 'closed'];

// Where victims came from and where they were found, as the source articles report them.
const ORIGINS = [
  { province: '35', district: '3509' }, // Jember, Jawa Timur
  { province: '35', district: '3507' }, // Malang
  { province: '32', district: '3205' }, // Garut, Jawa Barat
  { province: '73', district: '7371' }, // Makassar, Sulawesi Selatan
  { province: '52', district: '5203' }, // Lombok Timur, NTB
  { province: '53', district: '5371' }, // Kupang, NTT
];
const FINDINGS = [
  { owner: 'UPTD-PPA-64', district: '6471', channel: 'port', police: 'POLDA-KALTIM', social: 'DINSOS-6471' }, // Balikpapan
  { owner: 'UPTD-PPA-65', district: '6503', channel: 'bp2mi', police: 'POLRES-NUNUKAN', social: 'DINSOS-6503' }, // Nunukan
  { owner: 'UPTD-PPA-61', district: '6171', channel: 'hotline', police: 'POLDA-KALBAR', social: 'DINSOS-6471' }, // Pontianak
] as const;
const DESTINATIONS = [
  { country: 'MY', modus: 'plantation_work', exploitation: 'forced_labour', transit: ['Nunukan', 'Tawau'] },
  { country: 'MY', modus: 'domestic_work', exploitation: 'domestic_servitude', transit: ['Entikong'] },
  { country: 'KH', modus: 'it_work', exploitation: 'online_scam', transit: ['Jakarta', 'Bangkok'] },
  { country: 'CN', modus: 'mail_order_bride', exploitation: 'forced_marriage', transit: ['Pontianak', 'Jakarta'] },
  { country: 'SA', modus: 'domestic_work', exploitation: 'domestic_servitude', transit: ['Jakarta'] },
  { country: 'MM', modus: 'mandarin_translator', exploitation: 'online_scam', transit: ['Bangkok', 'Mae Sot'] },
  { country: 'ID', modus: 'entertainment_work', exploitation: 'sexual_exploitation', transit: ['Balikpapan'] },
] as const;
const INITIALS = ['SR', 'NA', 'MH', 'WS', 'RA', 'YL', 'DP', 'AF', 'LK', 'TN', 'IM', 'EK'];

const staff = (agency: string, role: 'caseworker' | 'supervisor'): Actor => ({ userId: `demo-${role}-${agency.toLowerCase()}`, role, agency });
const officer = (agency: string, role: Actor['role']): Actor => ({ userId: `demo-officer-${agency.toLowerCase()}`, role, agency });

/**
 * Carries `casesPerStage` cases to each stage through the real commands, as the agencies would: intake,
 * assessment approved by a supervisor, referrals answered by the police and social services,
 * transfer to the victim's home province, repatriation, reintegration and approved closure.
 */
export async function seedDemoCases(post: PostCommand, options: SeedOptions): Promise<SeedResult> {
  // Whole days, so a second run on the same day sends the same bodies and its Idempotency-Keys replay.
  const midnight = Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), options.now.getUTCDate());
  const day = (offset: number) => new Date(midnight + offset * 86_400_000);
  const date = (offset: number) => day(offset).toISOString().slice(0, 10);
  const cases: SeedResult['cases'] = [];
  let n = 0;
  for (const target of TARGET_STAGES) {
    for (let i = 0; i < options.casesPerStage; i++, n++) {
      const origin = ORIGINS[n % ORIGINS.length];
      const found = FINDINGS[n % FINDINGS.length];
      const destination = DESTINATIONS[n % DESTINATIONS.length];
      const homeAgency = `UPTD-PPA-${origin.province}`;
      const caseworker = staff(found.owner, 'caseworker');
      const supervisor = staff(found.owner, 'supervisor');
      let step = 0;
      const send = (path: string, body: object, actor: Actor) => post(path.replace(':case', caseId), body, actor, `demo-${options.runId}-${n}-${step++}`);
      let caseId = '';
      const reached = (stage: Stage) => TARGET_STAGES.indexOf(target) >= TARGET_STAGES.indexOf(stage);

      caseId = (await send('/cases', { channel: found.channel, reporterType: 'government_agency', districtCode: found.district }, caseworker)).caseId;
      cases.push({ caseId, stage: target, owner: found.owner });
      await send(
        '/cases/:case/register-victim',
        {
          initials: INITIALS[n % INITIALS.length],
          sex: n % 4 === 3 ? 'male' : 'female',
          birthYear: 1990 + (n % 15),
          isChild: false,
          nationality: 'ID',
          originProvinceCode: origin.province,
          originDistrictCode: origin.district,
        },
        caseworker,
      );
      if (!reached('assessment')) continue;

      await send('/cases/:case/record-consent', { consentId: 'consent-process', scope: 'process', evidenceRef: `DEMO-CONSENT-${n}` }, caseworker);
      await send(
        '/cases/:case/record-consent',
        {
          consentId: 'consent-share',
          scope: 'share',
          agencyTypes: ['police', 'social_services', 'uptd_ppa'],
          purpose: 'law enforcement, shelter and return home',
          evidenceRef: `DEMO-CONSENT-${n}-SHARE`,
        },
        caseworker,
      );
      await send('/cases/:case/advance-stage', { to: 'assessment' }, caseworker);
      await send(
        '/cases/:case/record-assessment',
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
      if (!reached('rehabilitation')) continue;

      await send('/cases/:case/approve-assessment', { assessmentId: 'assessment-1' }, supervisor);
      await send('/cases/:case/advance-stage', { to: 'rehabilitation' }, caseworker);
      const toPolice = await send(
        '/cases/:case/send-referral',
        {
          toAgency: found.police,
          service: 'law_enforcement',
          reason: 'report the recruiter',
          responseDeadline: day(3).toISOString(),
          sharesIdentity: true,
        },
        caseworker,
      );
      const toShelter = await send(
        '/cases/:case/send-referral',
        {
          toAgency: found.social,
          service: 'shelter',
          reason: 'safe shelter while the case proceeds',
          responseDeadline: day(2).toISOString(),
          sharesIdentity: true,
        },
        caseworker,
      );
      const police = officer(found.police, 'police_investigator');
      const social = officer(found.social, 'social_services_officer');
      await send(`/referrals/${toPolice.referralId}/accept`, {}, police);
      await send(
        '/cases/:case/file-police-report',
        {
          reportNumber: `LP/B/${100 + n}/XI/2026/SPKT`,
          unit: 'Unit PPA Satreskrim',
          policeAgency: found.police,
          filedOn: date(0),
        },
        police,
      );
      // Rehabilitation cases keep the shelter referral waiting for an answer: the receiving agency's queue shows it.
      if (!reached('repatriation')) continue;

      await send(`/referrals/${toShelter.referralId}/accept`, {}, social);
      await send('/cases/:case/request-service', { serviceId: 'service-1', service: 'psychosocial', providerAgency: found.social }, caseworker);
      await send('/cases/:case/record-service-delivered', { serviceId: 'service-1', note: 'counselling sessions' }, social);
      await send(`/referrals/${toShelter.referralId}/complete`, { outcome: 'successful' }, social);
      await send(`/referrals/${toPolice.referralId}/complete`, { outcome: 'successful', note: 'case file with the prosecutor' }, police);
      await send('/cases/:case/advance-stage', { to: 'repatriation' }, caseworker);
      if (!reached('reintegration')) continue;

      const transfer = await send('/cases/:case/request-transfer', { toAgency: homeAgency, reason: 'return to the home province' }, caseworker);
      const home = staff(homeAgency, 'caseworker');
      const homeSupervisor = staff(homeAgency, 'supervisor');
      await send(`/transfers/${transfer.transferId}/accept`, {}, home);
      await send(
        '/cases/:case/plan-repatriation',
        {
          from: { kind: 'port', port: found.district === '6503' ? 'Nunukan' : 'Balikpapan' },
          toDistrictCode: origin.district,
          escortAgency: 'BP3MI-NUNUKAN',
          transport: 'sea',
          plannedDate: date(0),
        },
        home,
      );
      await send(
        '/cases/:case/record-handover',
        {
          receivingAgency: homeAgency,
          handoverRecordNumber: `BA/${String(n).padStart(3, '0')}/XI/2026`,
          location: 'Pelabuhan tujuan',
        },
        home,
      );
      await send('/cases/:case/complete-repatriation', {}, home);
      await send('/cases/:case/advance-stage', { to: 'reintegration' }, home);
      await send('/cases/:case/approve-reintegration-plan', { planId: 'plan-1', goals: ['family_reunification', 'economic_empowerment'] }, homeSupervisor);
      cases[cases.length - 1].owner = homeAgency;
      if (!reached('closed')) continue;

      await send('/cases/:case/record-follow-up-visit', { visitId: 'visit-1', visitedOn: date(0), wellbeing: 'stable' }, home);
      await send('/cases/:case/complete-reintegration', { note: 'back with her family' }, home);
      await send('/cases/:case/request-closure', { reason: 'reintegrated' }, home);
      await send('/cases/:case/approve-closure', {}, homeSupervisor);
    }
  }
  return { cases };
}

export { DEMO_AGENCIES };
