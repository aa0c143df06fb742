import { resolvedAgency } from './agency.js';
import { DomainError } from './domain-error.js';
import { MOU_SCOPES, type MouCommand, type MouEvent, type MouEventContext, type MouParty, type MouRecorded } from './mou.events.js';
import { isPermitted } from './permissions.js';
import type { MouState } from './mou.state.js';
import { noIdentity } from './plan.decide.js';
import { agencyCode, isoDate, listOf, notAfterToday, optionalText, provinceCode, someOf, text } from './validation.js';

export { mouInForce, type MouState } from './mou.state.js';

export const EMPTY_MOU: MouState = { exists: false };

export function evolveMou(state: MouState, event: MouEvent): MouState {
  if (event.type === 'MouRecorded') {
    const { mouId, recordedBy, parties, scopes, signedOn, expiresOn } = event.data;
    return { exists: true, mouId, recordedBy, parties, scopes, signedOn, expiresOn, terminatedOn: null, version: 1 };
  }
  if (!state.exists) return state;
  const version = state.version + 1;
  switch (event.type) {
    case 'MouRenewed':
      return { ...state, version, expiresOn: event.data.expiresOn };
    case 'MouTerminated':
      return { ...state, version, terminatedOn: event.data.terminatedOn };
  }
}

export const foldMou = (events: readonly MouEvent[], from: MouState = EMPTY_MOU): MouState => events.reduce(evolveMou, from);

/** The provinces an MoU binds: its province parties and the provinces of its agency parties. */
export function mouProvinces(parties: readonly MouParty[]): string[] {
  return [...new Set(parties.map((party) => party.provinceCode).filter((code): code is string => code !== null))];
}

/** The agency codes an MoU command names, for the boundary to resolve in the directory before `decideMou` runs. */
export function agenciesNamedByMouCommand(command: MouCommand): string[] {
  const named = [command.metadata.actor.agency];
  if (command.type === 'RecordMou' && Array.isArray(command.data.agencies)) {
    named.push(...command.data.agencies.filter((code): code is string => typeof code === 'string'));
  }
  return [...new Set(named)];
}

const MAX_PARTIES = 40;

function forbid(message: string, details: Record<string, unknown>): never {
  throw new DomainError('AUTH.FORBIDDEN', message, details);
}

function optionalDate(value: unknown, field: string): string | null {
  return value === undefined || value === null ? null : isoDate(value, field);
}

function after(date: string | null, earliest: string, field: string): string | null {
  if (date !== null && date <= earliest) {
    throw new DomainError('VALIDATION.OUT_OF_RANGE', `${field} must lie after ${earliest}`, { field, min: earliest });
  }
  return date;
}

function partiesOf(command: Extract<MouCommand, { type: 'RecordMou' }>): MouParty[] {
  const provinces = command.data.provinces === undefined ? [] : listOf(command.data.provinces, 'provinces');
  const agencies = command.data.agencies === undefined ? [] : listOf(command.data.agencies, 'agencies');
  const parties: MouParty[] = [
    ...[...new Set(provinces.map((code, index) => provinceCode(code, `provinces[${index}]`)))].map((code) => ({
      kind: 'province' as const,
      provinceCode: code,
    })),
    ...[...new Set(agencies.map((code, index) => agencyCode(code, `agencies[${index}]`)))].map((code) => {
      const agency = resolvedAgency(command.metadata.agencies, code, 'agencies');
      return { kind: 'agency' as const, agency: agency.code, provinceCode: agency.provinceCode };
    }),
  ];
  if (parties.length < 2 || parties.length > MAX_PARTIES) {
    throw new DomainError('VALIDATION.OUT_OF_RANGE', `an MoU has 2 to ${MAX_PARTIES} parties (provinces and agencies together)`, {
      field: 'provinces',
      min: 2,
      max: MAX_PARTIES,
    });
  }
  return parties;
}

/**
 * What an MoU command decides, as events; refused with a DomainError that writes nothing. A task-force coordinator
 * records an MoU its region is party to (a national task force any MoU); only the task force that recorded it renews
 * or terminates it.
 */
export function decideMou(command: MouCommand, state: MouState): MouEvent[] {
  const { actor, now, agencies } = command.metadata;
  if (!isPermitted(actor.role, 'mou.manage')) {
    forbid(`the role ${actor.role} may not change the MoU register`, { rule: 'permission', permission: 'mou.manage', role: actor.role, agency: actor.agency });
  }
  const context: MouEventContext = { mouId: command.data.mouId, at: now, by: actor };
  if (command.type === 'RecordMou') {
    if (state.exists) throw new DomainError('MOU.ALREADY_EXISTS', `MoU ${command.data.mouId} is already in the register`, { mouId: command.data.mouId });
    const recorder = resolvedAgency(agencies, actor.agency, 'recordedBy', ['task_force']);
    const parties = partiesOf(command);
    if (recorder.provinceCode !== null && !mouProvinces(parties).includes(recorder.provinceCode)) {
      forbid(`a province task force records the MoUs its province (${recorder.provinceCode}) is party to`, {
        rule: 'mou_party',
        agency: actor.agency,
        provinceCode: recorder.provinceCode,
      });
    }
    const signedOn = notAfterToday(isoDate(command.data.signedOn, 'signedOn'), now, 'signedOn');
    const illustrative = command.data.illustrative ?? false;
    if (typeof illustrative !== 'boolean') {
      throw new DomainError('VALIDATION.INVALID_VALUE', 'illustrative must be true or false', { field: 'illustrative' });
    }
    const recorded: MouRecorded = {
      type: 'MouRecorded',
      data: {
        ...context,
        recordedBy: recorder.code,
        reference: noIdentity(text(command.data.reference, 'reference', 200), 'reference')!,
        title: noIdentity(text(command.data.title, 'title', 300), 'title')!,
        parties,
        scopes: someOf(command.data.scopes, MOU_SCOPES, 'scopes'),
        signedOn,
        expiresOn: after(optionalDate(command.data.expiresOn, 'expiresOn'), signedOn, 'expiresOn'),
        document: noIdentity(optionalText(command.data.document, 'document', 300), 'document'),
        illustrative,
      },
    };
    return [recorded];
  }
  if (!state.exists) throw new DomainError('MOU.NOT_FOUND', `MoU ${command.data.mouId} is not in the register`, { mouId: command.data.mouId });
  if (actor.agency !== state.recordedBy) {
    forbid(`only the task force that recorded MoU ${state.mouId} changes its entry`, { rule: 'mou_owner', agency: actor.agency, recordedBy: state.recordedBy });
  }
  if (state.terminatedOn !== null) {
    throw new DomainError('MOU.TERMINATED', `MoU ${state.mouId} was terminated on ${state.terminatedOn}`, {
      mouId: state.mouId,
      terminatedOn: state.terminatedOn,
    });
  }
  if (command.type === 'RenewMou') {
    return [
      {
        type: 'MouRenewed',
        data: {
          ...context,
          expiresOn: after(optionalDate(command.data.expiresOn, 'expiresOn'), state.expiresOn ?? state.signedOn, 'expiresOn'),
          reference: noIdentity(optionalText(command.data.reference, 'reference', 200), 'reference'),
          note: noIdentity(optionalText(command.data.note, 'note', 1000), 'note'),
        },
      },
    ];
  }
  const terminatedOn = notAfterToday(isoDate(command.data.terminatedOn, 'terminatedOn'), now, 'terminatedOn');
  if (terminatedOn < state.signedOn) {
    throw new DomainError('VALIDATION.OUT_OF_RANGE', `terminatedOn lies before the MoU was signed (${state.signedOn})`, {
      field: 'terminatedOn',
      min: state.signedOn,
    });
  }
  return [{ type: 'MouTerminated', data: { ...context, terminatedOn, note: noIdentity(optionalText(command.data.note, 'note', 1000), 'note') } }];
}
