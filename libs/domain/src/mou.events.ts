import type { Actor, ResolvedAgencies } from './actor.js';

/**
 * A memorandum of understanding (MoU, nota kesepahaman / perjanjian kerja sama) between provinces, or between a
 * province and another agency, on handling trafficking cases: its own event-sourced aggregate, one stream per MoU
 * (`mou-<id>`), in the same hash-chained store as cases and plans. An MoU holds no victim data.
 */
export const mouStreamName = (mouId: string): string => `mou-${mouId}`;

/** What an MoU covers: the work a transfer or a repatriation may rest on. */
export const MOU_SCOPES = [
  'case_transfer',
  'repatriation',
  'shelter',
  'rehabilitation',
  'reintegration',
  'law_enforcement',
  'prevention',
  'data_sharing',
] as const;
export type MouScope = (typeof MOU_SCOPES)[number];

/** A party: a province (its government, by Kemendagri code) or an agency of the directory. */
export type MouParty = Readonly<{ kind: 'province'; provinceCode: string } | { kind: 'agency'; agency: string; provinceCode: string | null }>;

export interface MouEventContext {
  mouId: string;
  /** ISO 8601 time the command was issued. */
  at: string;
  by: Actor;
}

type MouEventOf<Type extends string, Data extends object> = Readonly<{ type: Type; data: Readonly<Data & MouEventContext> }>;

export type MouRecorded = MouEventOf<
  'MouRecorded',
  {
    /** The task force that keeps this entry of the register: the recorder's agency. */
    recordedBy: string;
    /** The document's number as signed, e.g. "119/1234/PEM-PP/2024". */
    reference: string;
    title: string;
    parties: readonly MouParty[];
    scopes: readonly MouScope[];
    /** YYYY-MM-DD. */
    signedOn: string;
    /** YYYY-MM-DD; null: no end date. */
    expiresOn: string | null;
    /** Where the signed document is kept (archive number, document id, address): never victim data. */
    document: string | null;
    /** Invented for a demonstration (seed:demo), not a real agreement. */
    illustrative: boolean;
  }
>;

export type MouRenewed = MouEventOf<'MouRenewed', { expiresOn: string | null; reference: string | null; note: string | null }>;
export type MouTerminated = MouEventOf<'MouTerminated', { terminatedOn: string; note: string | null }>;

export type MouEvent = MouRecorded | MouRenewed | MouTerminated;
export type MouEventType = MouEvent['type'];
export const MOU_EVENT_TYPES = ['MouRecorded', 'MouRenewed', 'MouTerminated'] as const satisfies readonly MouEventType[];

export interface MouCommandMetadata {
  actor: Actor;
  /** ISO 8601 date-time; the domain never reads the clock. */
  now: string;
  /** The directory's records of the agencies the command names (`agenciesNamedByMouCommand`), resolved by the caller. */
  agencies?: ResolvedAgencies;
}

type MouCommandOf<Type extends string, Data extends object> = Readonly<{
  type: Type;
  data: Readonly<Data & { mouId: string }>;
  metadata: MouCommandMetadata;
}>;

export type RecordMou = MouCommandOf<
  'RecordMou',
  {
    reference: unknown;
    title: unknown;
    /** Province codes and agency codes; at least two parties. */
    provinces?: unknown;
    agencies?: unknown;
    scopes: unknown;
    signedOn: unknown;
    expiresOn?: unknown;
    document?: unknown;
    illustrative?: unknown;
  }
>;
export type RenewMou = MouCommandOf<'RenewMou', { expiresOn?: unknown; reference?: unknown; note?: unknown }>;
export type TerminateMou = MouCommandOf<'TerminateMou', { terminatedOn: unknown; note?: unknown }>;

export type MouCommand = RecordMou | RenewMou | TerminateMou;
export type MouCommandType = MouCommand['type'];
