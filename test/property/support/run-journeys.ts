import type { Actor, CaseCommandType } from '@rujukan/domain';
import { CASE_ROUTES } from '@rujukan/commands';
import { agencyOfCode, staff, type AgencyKey, type ProjectedApp } from './projected-app.js';
import type { Step } from './case-steps.js';

interface CaseContext {
  caseId: string;
  owner: AgencyKey;
  referrals: Array<{ id: string; to: AgencyKey }>;
  transfers: Array<{ id: string; to: AgencyKey }>;
}

export interface JourneyOutcome {
  /** Commands answered 201, by command. */
  accepted: Record<string, number>;
  /** Refusals by command and code, e.g. `SendReferral 409 CASE.NOT_IN_STAGE`. */
  refused: Record<string, number>;
  /** Anything that was neither: a 5xx, or a case that could not be opened. */
  failures: string[];
}

const count = (tally: Record<string, number>, key: string) => (tally[key] = (tally[key] ?? 0) + 1);

/**
 * Sends every journey's steps over HTTP as the agencies would, case by case in the given order (then whatever is
 * left), each from the actor its step names: the case's owner (who changes with an accepted transfer), a
 * supervisor, or the receiver of the referral or transfer it targets. What the API refuses is only counted.
 */
export async function runJourneys(
  app: ProjectedApp,
  journeys: ReadonlyArray<{ open: Record<string, unknown>; steps: readonly Step[] }>,
  order: readonly number[],
): Promise<JourneyOutcome> {
  const outcome: JourneyOutcome = { accepted: {}, refused: {}, failures: [] };
  const cases: CaseContext[] = [];
  for (const journey of journeys) {
    const opened = await app.send(staff('owner'), '/cases', journey.open);
    if (opened.status !== 201) {
      outcome.failures.push(`OpenCase ${opened.status} ${JSON.stringify(opened.body).slice(0, 300)}`);
      return outcome;
    }
    count(outcome.accepted, 'OpenCase');
    cases.push({ caseId: opened.body.caseId as string, owner: 'owner', referrals: [], transfers: [] });
  }
  const queues = journeys.map((j) => [...j.steps]);
  const turns = [...order, ...queues.flatMap((q, i) => q.map(() => i))];
  for (const turn of turns) {
    const step = queues[turn]?.shift();
    if (!step) continue;
    const context = cases[turn]!;
    const resolved = resolve(step, context);
    if (!resolved) continue;
    const answer = await app.send(resolved.actor, resolved.path, step.body);
    if (answer.status === 201) {
      count(outcome.accepted, step.command);
      learn(step, context, answer.body, resolved.targetIndex);
    } else if (answer.status >= 500 || answer.status < 400) {
      outcome.failures.push(
        `${step.command} ${resolved.path} answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)} to ${JSON.stringify(step.body).slice(0, 500)}`,
      );
    } else {
      count(outcome.refused, `${step.command} ${answer.status} ${String(answer.body.code)}`);
    }
  }
  return outcome;
}

function resolve(step: Step, context: CaseContext): { actor: Actor; path: string; targetIndex: number } | null {
  const sender = (receiver: AgencyKey): Actor => {
    if (step.sender === 'owner') return staff(context.owner);
    if (step.sender === 'owner-supervisor') return staff(context.owner, true);
    if (step.sender === 'target-receiver') return staff(receiver);
    return staff(step.sender.agency, step.sender.supervisor);
  };
  if (step.target.kind === 'case') return { actor: sender(context.owner), path: pathOf(step.command, context.caseId), targetIndex: -1 };
  const list = step.target.kind === 'referral' ? context.referrals : context.transfers;
  if (list.length === 0) return null;
  const index = step.target.pick < 0 ? list.length - 1 : step.target.pick % list.length;
  const target = list[index]!;
  return { actor: sender(target.to), path: pathOf(step.command, target.id), targetIndex: index };
}

/** The command's route, from the route table, with the id filled in. */
function pathOf(command: CaseCommandType, id: string): string {
  const route = CASE_ROUTES.find((r) => r.command === command);
  if (!route) throw new Error(`no route for ${command}`);
  return `/${route.path.replace(':id', id)}`;
}

function learn(step: Step, context: CaseContext, body: Record<string, unknown>, targetIndex: number): void {
  const to = typeof step.body.toAgency === 'string' ? agencyOfCode(step.body.toAgency) : null;
  if (step.command === 'SendReferral' && typeof body.referralId === 'string' && to) context.referrals.push({ id: body.referralId, to });
  if (step.command === 'RequestTransfer' && typeof body.transferId === 'string' && to) context.transfers.push({ id: body.transferId, to });
  if (step.command === 'AcceptTransfer') context.owner = context.transfers[targetIndex]!.to;
}
