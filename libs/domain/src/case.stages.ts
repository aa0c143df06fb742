import type { CaseCommandType } from './case.commands.js';
import { CASE_COMMAND_TYPES, rulesBy } from './case-command-rules.js';
import type { CommandStages } from './command-rules.js';
import type { CaseFile } from './case.state.js';
import { hasActiveConsent, latestAssessment } from './case.state.js';
import type { OpenStage, Stage } from './case.values.js';
import { OPEN_STAGES, STAGES } from './case.values.js';

export const stageRank = (stage: Stage): number => STAGES.indexOf(stage);

/** The stage AdvanceStage or SkipStage leads to; reintegration ends only through closure. */
export function nextStage(stage: Stage): OpenStage | null {
  const next = STAGES[stageRank(stage) + 1];
  return next === undefined || next === 'closed' ? null : next;
}

/** Stages that may not apply to a victim: no services needed, or already in the home district. */
export const SKIPPABLE_STAGES = ['rehabilitation', 'repatriation'] as const satisfies readonly OpenStage[];

export const STAGE_REQUIREMENTS = [
  'victim_registered',
  'process_consent',
  'assessment_approved',
  'victim_identified',
  'service_delivered',
  'repatriation_completed',
  'reintegration_completed',
] as const;
export type StageRequirement = (typeof STAGE_REQUIREMENTS)[number];

/** What a stage needs before AdvanceStage leaves it (reintegration: before closing as `reintegrated`). */
export const EXIT_REQUIREMENTS: Readonly<Record<OpenStage, readonly StageRequirement[]>> = {
  intake: ['victim_registered', 'process_consent'],
  assessment: ['process_consent', 'assessment_approved', 'victim_identified'],
  rehabilitation: ['process_consent', 'service_delivered'],
  repatriation: ['process_consent', 'repatriation_completed'],
  reintegration: ['reintegration_completed'],
};

/** Skipping a stage waives what it needs, but processing still rests on the victim's consent. */
export const SKIP_REQUIREMENTS: readonly StageRequirement[] = ['process_consent'];

const isMet: Record<StageRequirement, (state: CaseFile) => boolean> = {
  victim_registered: (state) => state.victim !== null,
  process_consent: (state) => hasActiveConsent(state, 'process'),
  assessment_approved: (state) => latestAssessment(state)?.approved === true,
  // An approved "not a victim" finding leads to closure, not to services.
  victim_identified: (state) => {
    const assessment = latestAssessment(state);
    return assessment === null || !assessment.approved || assessment.victimStatus !== 'not_a_victim';
  },
  service_delivered: (state) => Object.values(state.services).some((service) => service.delivered),
  repatriation_completed: (state) => state.repatriation.completed,
  reintegration_completed: (state) => state.reintegration.completed,
};

export function unmetRequirements(state: CaseFile, requirements: readonly StageRequirement[]): StageRequirement[] {
  return requirements.filter((requirement) => !isMet[requirement](state));
}

/** Non-urgent services (all but first aid and health care) wait until the victim is assessed. */
export const NON_URGENT_SERVICE_STAGES: readonly OpenStage[] = ['rehabilitation', 'repatriation', 'reintegration'];

/** Where each command may run (from each command's rules); RequestService also keeps non-urgent services to NON_URGENT_SERVICE_STAGES. */
export const COMMAND_STAGES: Readonly<Record<CaseCommandType, CommandStages>> = rulesBy((rules) => rules.stages);

export { CASE_COMMAND_TYPES };
export type { CommandStages };

export const isOpenStage = (stage: Stage): stage is OpenStage => (OPEN_STAGES as readonly Stage[]).includes(stage);
