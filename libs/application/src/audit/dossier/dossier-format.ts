import type { AnchorCheck } from '../anchors.js';
import type { AuditedEvent, CaseAsOf } from '../case-history.js';
import type { CaseVerification } from '../verification.js';

export const DOSSIER_FORMAT = 'rujukan.case-dossier/1';

/** Who exported the dossier, as the access log records them: an auditor at the terminal or in the console. */
export interface DossierReader {
  actor: string;
  role: string;
  agency: string;
}

export interface DossierSignature {
  algorithm: 'Ed25519';
  /** What the signature covers: the RFC 8785 (JCS) canonical JSON of the dossier without its `signature` member. */
  covers: 'JCS(dossier without signature)';
  /** First 16 hex digits of the SHA-256 of the public key (SPKI DER). */
  keyId: string;
  /** SPKI DER, base64. */
  publicKey: string;
  /** Base64. */
  value: string;
}

/** A case's whole record for a court or an inspectorate: every event, the state they fold to, and their check. */
export interface Dossier {
  format: typeof DOSSIER_FORMAT;
  caseId: string;
  streamName: string;
  exportedAt: string;
  exportedBy: DossierReader;
  reason: string;
  eventCount: number;
  /** Every event of the case with all its metadata and its hash, in revision order. */
  events: AuditedEvent[];
  /** The state the events fold to, with the domain's own rules. */
  finalState: CaseAsOf;
  /** The case's chain recomputed and checked against the signed anchors when the dossier was made. */
  verification: CaseVerification;
  /** Every anchor of the store, each checked: root, signature, trusted key. */
  anchors: AnchorCheck[];
  signature: DossierSignature;
}

export type UnsignedDossier = Omit<Dossier, 'signature'>;
