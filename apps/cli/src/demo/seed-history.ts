import type { Actor, ReferralService, Stage } from '@rujukan/domain';
import { HISTORY_END } from './demo-figures.js';
import { Draw, seededRandom, seedOf, type HistoricalCase } from './demo-history.js';
import type { HistoricalCommands } from './in-process-commands.js';
import type { CommandResponse } from './seed-demo.js';

export interface HistoryOptions {
  /** Cases run side by side; each case's own commands run in order. */
  concurrency: number;
  /** Called after each case, e.g. for a progress bar. */
  onCase?: (done: number, total: number) => void;
}

export interface SeededHistoricalCase {
  key: string;
  caseId: string;
  /** Where the case stands at the history's end. */
  stage: Stage;
  owner: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const staff = (agency: string, role: 'caseworker' | 'supervisor'): Actor => ({ userId: `demo-${role}-${agency.toLowerCase()}`, role, agency });
const officer = (agency: string, role: Actor['role']): Actor => ({ userId: `demo-officer-${agency.toLowerCase()}`, role, agency });

// Where a victim found in each province leaves from on the way home, and who escorts her.
const DEPARTURE: Readonly<Record<string, { port: string; escort: string }>> = {
  '64': { port: 'Balikpapan', escort: 'DINSOS-6471' },
  '65': { port: 'Nunukan', escort: 'BP3MI-NUNUKAN' },
  '61': { port: 'Pontianak', escort: 'BP3MI-KALBAR' },
  '63': { port: 'Banjarmasin', escort: 'BP3MI-KALSEL' },
};
const SEA_ROUTES = new Set(['73', '53', '52', '35', '71']);

/** The history's end reached before the case's next step: it stays where it is. */
class HistoryEnded extends Error {}

/**
 * Carries each historical case through the real commands, at the times they happened: the same journey
 * as the small demo set (intake, assessment, referrals, services, transfer home, repatriation,
 * reintegration, closure), with answers, delays and endings drawn from the case's own seeded sequence.
 * A case found shortly before the history's end stops where its next step would fall after it.
 */
export async function seedHistory(commands: HistoricalCommands, cases: readonly HistoricalCase[], options: HistoryOptions): Promise<SeededHistoricalCase[]> {
  const seeded: SeededHistoricalCase[] = new Array(cases.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      seeded[index] = await seedCase(commands, cases[index]!);
      options.onCase?.(++done, cases.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return seeded;
}

async function seedCase(commands: HistoricalCommands, plan: HistoricalCase): Promise<SeededHistoricalCase> {
  const draw = new Draw(seededRandom(seedOf(plan.key)));
  const end = Date.parse(HISTORY_END);
  const year = plan.openedAt.getUTCFullYear();
  let t = plan.openedAt.getTime();
  let step = 0;
  let caseId = '';
  let stage: Stage = 'intake';
  let owner = plan.owner;
  // People act in office hours (08:00-17:00 WITA, UTC+8); the sweep acts whenever a deadline passes.
  const later = (minHours: number, maxHours: number, officeHours = true): Date => {
    t += Math.round((minHours + draw.random() * (maxHours - minHours)) * 60) * MINUTE;
    const local = new Date(t + 8 * HOUR);
    const hour = local.getUTCHours();
    if (officeHours && (hour < 8 || hour >= 17)) {
      const day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) + (hour >= 17 ? 24 * HOUR : 0);
      // 08:00-09:30 WITA is 00:00-01:30 UTC.
      t = day + draw.int(0, 90) * MINUTE;
    }
    if (t > end) throw new HistoryEnded();
    return new Date(t);
  };
  const date = () => new Date(t).toISOString().slice(0, 10);
  const send = (path: string, body: object, actor: Actor, at: Date): Promise<CommandResponse> =>
    commands.post(path.replace(':case', caseId), body, actor, `${plan.key}-${step++}`, at);

  try {
    const caseworker = staff(plan.owner, 'caseworker');
    const supervisor = staff(plan.owner, 'supervisor');
    caseId = (await send('/cases', { channel: plan.channel, reporterType: plan.reporterType, districtCode: plan.foundDistrict }, caseworker, new Date(t)))
      .caseId;
    // Seeded whole before (a closed case takes no further step): replaying its commands one by one would add nothing.
    const closed = await commands.closedCase(caseId);
    if (closed) return { key: plan.key, caseId, ...closed };
    const { victim, trafficking } = plan;
    await send(
      '/cases/:case/register-victim',
      {
        initials: victim.initials,
        sex: victim.sex,
        birthYear: victim.birthYear,
        isChild: victim.isChild,
        nationality: 'ID',
        originProvinceCode: victim.originProvince,
        originDistrictCode: victim.originDistrict,
      },
      caseworker,
      later(0.3, 2),
    );
    const close = async (reason: string, by: Actor, approver: Actor) => {
      await send('/cases/:case/request-closure', { reason }, by, later(20, 72));
      await send('/cases/:case/approve-closure', {}, approver, later(4, 60));
      stage = 'closed';
    };
    if (plan.ending === 'victim_declined_services') {
      await close('victim_declined_services', caseworker, supervisor);
      return result();
    }
    const guardian = victim.isChild ? { guardian: { relationship: draw.pick(['parent', 'relative', 'social_worker'] as const), initials: 'OT' } } : {};
    await send(
      '/cases/:case/record-consent',
      { consentId: 'consent-process', scope: 'process', evidenceRef: `${plan.key}-C1`, ...guardian },
      caseworker,
      later(0.2, 3),
    );
    await send(
      '/cases/:case/record-consent',
      {
        consentId: 'consent-share',
        scope: 'share',
        agencyTypes: ['police', 'social_services', 'uptd_ppa', 'shelter', 'lpsk', 'bp2mi'],
        purpose: 'law enforcement, shelter, protection and return home',
        evidenceRef: `${plan.key}-C2`,
        ...guardian,
      },
      caseworker,
      later(0.1, 1),
    );
    await send('/cases/:case/advance-stage', { to: 'assessment' }, caseworker, later(2, 30));
    stage = 'assessment';
    const notVictim = plan.ending === 'not_a_victim';
    await send(
      '/cases/:case/record-assessment',
      {
        assessmentId: 'assessment-1',
        indicators: {
          recruitmentMethods: [trafficking.recruitment],
          meansOfControl: trafficking.control,
          exploitationTypes: [trafficking.exploitation],
          destinationCountry: trafficking.destinationCountry,
          transitPoints: trafficking.transit,
          modus: [trafficking.modus],
        },
        victimStatus: notVictim ? 'not_a_victim' : plan.presumed ? 'presumed' : 'confirmed',
        riskLevel: draw.weighted([
          ['low', 20],
          ['medium', 55],
          ['high', 25],
        ] as const),
        needs: victim.isChild ? ['shelter', 'psychosocial', 'education', 'repatriation'] : ['shelter', 'psychosocial', 'legal_aid', 'repatriation'],
      },
      caseworker,
      later(20, 120),
    );
    await send('/cases/:case/approve-assessment', { assessmentId: 'assessment-1' }, supervisor, later(4, 72));
    if (notVictim) {
      await close('not_a_victim', caseworker, supervisor);
      return result();
    }
    await send('/cases/:case/advance-stage', { to: 'rehabilitation' }, caseworker, later(1, 8));
    stage = 'rehabilitation';

    // Answers got quicker as the referral network grew: fewer referrals left to expire in later years.
    const expireShare = year <= 2013 ? 0.16 : year <= 2019 ? 0.1 : 0.05;
    const refer = async (toAgency: string, _toAgencyType: string, service: ReferralService, reason: string, hours: number, answeredBy: Actor) => {
      const sentAt = later(0.2, 3);
      const deadline = new Date(t + hours * HOUR);
      const { referralId } = await send(
        '/cases/:case/send-referral',
        {
          toAgency,
          service,
          reason,
          responseDeadline: deadline.toISOString(),
          sharesIdentity: true,
        },
        caseworker,
        sentAt,
      );
      const answer = draw.weighted([
        ['accepted', 1 - expireShare - 0.06],
        ['declined', 0.06],
        ['expired', expireShare],
      ] as const);
      if (answer !== 'expired') {
        const answeredAt = later(0.5, hours * 0.6);
        // An answer that would come after the deadline never comes: the sweep expires the referral first.
        if (answeredAt.getTime() < deadline.getTime()) {
          if (answer === 'declined') {
            await send(
              `/referrals/${referralId}/decline`,
              { reason: draw.pick(['outside our area', 'no capacity this week', 'service not offered']) },
              answeredBy,
              answeredAt,
            );
          } else {
            await send(`/referrals/${referralId}/accept`, {}, answeredBy, answeredAt);
          }
          return { referralId: referralId!, answer };
        }
      }
      // The sweep finds it overdue within minutes of the deadline; the sender's supervisor then follows up.
      t = deadline.getTime();
      await commands.expireReferral(caseId, referralId!, later(0.1, 0.4, false));
      return { referralId: referralId!, answer: 'expired' as const };
    };
    const police = officer(plan.police, 'police_investigator');
    const social = officer(plan.social, 'social_services_officer');
    let toPolice = await refer(plan.police, 'police', 'law_enforcement', 'report the recruiter', 72, police);
    if (toPolice.answer === 'expired') toPolice = await refer(plan.police, 'police', 'law_enforcement', 'second request after no answer', 72, police);
    const toShelter = await refer(plan.social, 'social_services', 'shelter', 'safe shelter while the case proceeds', 48, social);
    const accepted = [toPolice, toShelter].filter((r) => r.answer === 'accepted');

    const providedBySocial = toShelter.answer === 'accepted';
    const requestedAt = later(2, 24);
    const dueBy = t + 7 * 24 * HOUR;
    await send(
      '/cases/:case/request-service',
      {
        serviceId: 'service-1',
        service: 'psychosocial',
        ...(providedBySocial ? { providerAgency: plan.social } : {}),
      },
      caseworker,
      requestedAt,
    );
    if (draw.chance(year <= 2013 ? 0.3 : 0.15)) {
      // Not delivered within the 7 days of UU 21/2007 Art. 52: the sweep flags it, and it comes late.
      t = dueBy;
      await commands.flagOverdueService(caseId, 'service-1', later(0.1, 0.4, false));
      await send(
        '/cases/:case/record-service-delivered',
        { serviceId: 'service-1', note: 'counselling sessions, late' },
        providedBySocial ? social : caseworker,
        later(24, 120),
      );
    } else {
      await send(
        '/cases/:case/record-service-delivered',
        { serviceId: 'service-1', note: 'counselling sessions' },
        providedBySocial ? social : caseworker,
        later(24, 150),
      );
    }
    if (toPolice.answer === 'accepted' && draw.chance(0.75)) {
      await send(
        '/cases/:case/file-police-report',
        {
          reportNumber: `LP/B/${draw.int(20, 900)}/${ROMAN[new Date(t).getUTCMonth()]}/${new Date(t).getUTCFullYear()}/${plan.police}`,
          unit: 'Unit PPA Satreskrim',
          policeAgency: plan.police,
          filedOn: date(),
        },
        police,
        later(24, 240),
      );
    }
    if (year >= 2014 && toPolice.answer === 'accepted' && draw.chance(0.15)) {
      const lpsk = await refer('LPSK', 'lpsk', 'protection', 'protection as a witness in the prosecution', 168, officer('LPSK', 'lpsk_officer'));
      if (lpsk.answer === 'accepted') accepted.push(lpsk);
    }
    const answeredBy = (referral: { referralId: string }) =>
      referral === toPolice ? police : referral === toShelter ? social : officer('LPSK', 'lpsk_officer');

    if (plan.ending === 'lost_contact') {
      for (const referral of accepted) {
        await send(
          `/referrals/${referral.referralId}/complete`,
          { outcome: 'not_successful', reason: 'unable_to_contact_client' },
          answeredBy(referral),
          later(72, 400),
        );
      }
      await close('lost_contact', caseworker, supervisor);
      return result();
    }
    for (const referral of accepted) {
      const successful = draw.chance(0.88);
      await send(
        `/referrals/${referral.referralId}/complete`,
        successful
          ? { outcome: 'successful' }
          : { outcome: 'not_successful', reason: draw.pick(['client_refused', 'no_longer_needed', 'lack_of_capacity'] as const) },
        answeredBy(referral),
        later(48, 600),
      );
    }

    const local = victim.originProvince === plan.foundProvince;
    const departure = DEPARTURE[plan.foundProvince]!;
    let home = caseworker;
    let homeSupervisor = supervisor;
    if (local && trafficking.destinationCountry === 'ID') {
      await send('/cases/:case/advance-stage', { to: 'repatriation' }, caseworker, later(4, 48));
      stage = 'repatriation';
      await send('/cases/:case/skip-stage', { stage: 'repatriation', reason: 'already in her home district' }, caseworker, later(0.1, 2));
    } else {
      await send('/cases/:case/advance-stage', { to: 'repatriation' }, caseworker, later(24, 240));
      stage = 'repatriation';
      if (!local) {
        const homeAgency = `UPTD-PPA-${victim.originProvince}`;
        const transfer = await send('/cases/:case/request-transfer', { toAgency: homeAgency, reason: 'return to the home province' }, caseworker, later(2, 48));
        home = staff(homeAgency, 'caseworker');
        homeSupervisor = staff(homeAgency, 'supervisor');
        await send(`/transfers/${transfer.transferId}/accept`, {}, home, later(12, 120));
        owner = homeAgency;
      }
      await send(
        '/cases/:case/plan-repatriation',
        {
          from: { kind: 'port', port: departure.port },
          toDistrictCode: victim.originDistrict,
          escortAgency: departure.escort,
          transport: local ? 'land' : SEA_ROUTES.has(victim.originProvince) ? 'sea' : 'air',
          plannedDate: new Date(t + 7 * 24 * HOUR).toISOString().slice(0, 10),
        },
        home,
        later(24, 120),
      );
      const handover = later(24 * 5, 24 * 12);
      await send(
        '/cases/:case/record-handover',
        {
          receivingAgency: owner,
          handoverRecordNumber: `BA/${String(draw.int(1, 400)).padStart(3, '0')}/${ROMAN[handover.getUTCMonth()]}/${handover.getUTCFullYear()}`,
          location: local ? 'Kantor UPTD PPA' : `Pelabuhan/bandara tujuan, ${victim.originDistrict}`,
        },
        home,
        handover,
      );
      await send('/cases/:case/complete-repatriation', {}, home, later(1, 24));
      await send('/cases/:case/advance-stage', { to: 'reintegration' }, home, later(12, 96));
    }
    stage = 'reintegration';
    await send(
      '/cases/:case/approve-reintegration-plan',
      {
        planId: 'plan-1',
        goals: victim.isChild
          ? ['family_reunification', 'education']
          : ['family_reunification', draw.pick(['economic_empowerment', 'vocational_training'] as const)],
      },
      homeSupervisor,
      later(72, 400),
    );
    const visits = draw.int(1, 3);
    for (let v = 1; v <= visits; v++) {
      later(24 * 20, 24 * 70);
      await send(
        '/cases/:case/record-follow-up-visit',
        {
          visitId: `visit-${v}`,
          visitedOn: date(),
          wellbeing: draw.weighted([
            ['stable', 70],
            ['needs_support', 22],
            ['at_risk', 8],
          ] as const),
        },
        home,
        new Date(t),
      );
    }
    await send('/cases/:case/complete-reintegration', { note: 'back with her family' }, home, later(24 * 7, 24 * 30));
    await close('reintegrated', home, homeSupervisor);
  } catch (error) {
    if (!(error instanceof HistoryEnded)) throw error;
  }
  return result();

  function result(): SeededHistoricalCase {
    return { key: plan.key, caseId, stage, owner };
  }
}
