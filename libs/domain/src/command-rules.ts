import { CASE_STAFF_ROLES, SERVICE_ROLES, SYSTEM_ROLE, type ActorRole, type Role } from './actor.js';
import type { CaseCommand, CaseCommandType } from './case.commands.js';
import type { CaseEvent } from './case.events.js';
import type { CasePolicy } from './case.policy.js';
import type { CaseState } from './case.state.js';
import type { OpenStage } from './case.values.js';

/**
 * One descriptor per command, in two halves. This half, beside the command's `decide` in `<area>.rules.ts`, is the
 * domain's and plain TypeScript: who may send it, where it may run, which free text it seals. The request half
 * (route, DTO, OpenAPI summary, console form) is in libs/commands, which may use NestJS and class-validator. The
 * permission matrix, COMMAND_STAGES and SEALED_COMMAND_FIELDS are derived from these; nothing else lists commands.
 */
export interface CommandRules {
  /** The roles that may send it at all: its row of the permission matrix. */
  roles: readonly ActorRole[];
  /** Where it may run. */
  stages: CommandStages;
  /** Free-text fields that can name a person: sealed with the victim's key before the command is decided. */
  sealed?: readonly string[];
}

/** `open`: any stage but closed; `closed`: only a closed case; `none`: the case must not exist yet. */
export type CommandStages = 'none' | 'open' | 'closed' | 'any' | readonly OpenStage[];

/** A command's `decide`, declared beside it in `<area>.decide.ts`. */
export type Decider<T extends CaseCommandType> = (command: Extract<CaseCommand, { type: T }>, state: CaseState, policy: CasePolicy) => CaseEvent[];
export type AreaDeciders<T extends CaseCommandType> = { readonly [K in T]: Decider<K> };

export type AreaRules<T extends CaseCommandType> = Readonly<Record<T, CommandRules>>;

export const STAFF: readonly ActorRole[] = CASE_STAFF_ROLES;
export const SUPERVISOR: readonly ActorRole[] = ['supervisor'];
export const SERVICE: readonly ActorRole[] = SERVICE_ROLES;
/** Only the deadline sweep, in process: no token carries it. */
export const SYSTEM: readonly ActorRole[] = [SYSTEM_ROLE];
export const withRole = (role: Role): readonly ActorRole[] => [...CASE_STAFF_ROLES, role];
