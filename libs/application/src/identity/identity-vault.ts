import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { IDENTITY_FIELDS, isSealed, type IdentityField, type SealedIdentity, type SealedValue } from '@rujukan/domain';

/**
 * Victim identity sealed per victim: each case has its own 256-bit data key, kept only wrapped by a
 * master key (AES-256-GCM both), and every identifying field is encrypted with it before it reaches an
 * event or a read model. Destroying the data key erases the identity everywhere at once (events stay
 * as they were stored, so the hash chain still verifies), while what was done with the case remains.
 */
/** Clear identity, as it arrives in a request and leaves in an allowed response; never stored. */
export type VictimIdentity = Partial<Record<IdentityField, string>>;

/** A master key: wraps data keys; the first configured one wraps new keys, the others still unwrap. */
export interface MasterKey {
  id: string;
  key: Buffer;
}

export interface WrappedKey {
  caseId: string;
  masterKeyId: string;
  /** iv ‖ ciphertext ‖ tag */
  wrapped: Buffer;
}

/** Where wrapped data keys live (PostgreSQL beside the read models, whatever holds the events). */
export interface DataKeyStore {
  /** The case's wrapped key; `destroyed` when it was erased, null when there never was one. */
  find(caseId: string): Promise<WrappedKey | 'destroyed' | null>;
  /** Stores the key unless the case has one (or had one): returns whatever is stored afterwards. */
  insertIfAbsent(key: WrappedKey): Promise<WrappedKey | 'destroyed'>;
  /** Forgets the key for good; true when there was one to forget. */
  destroy(caseId: string, detail: { by: string; legalBasis: string; at: string }): Promise<boolean>;
  /** Marks the case's key as being erased, before the erasure is recorded (the mark outlives a crash). */
  markErasing(caseId: string): Promise<void>;
  /** Takes the mark off: the erasure was refused, or was never recorded. */
  clearErasing(caseId: string): Promise<void>;
  /** Cases whose key was marked before `before` and still exists: erasures a crash may have interrupted. */
  erasingSince(before: Date): Promise<string[]>;
}

export class IdentityErasedError extends Error {
  readonly code = 'IDENTITY.ERASED';
  constructor(readonly caseId: string) {
    super(`the identity of case ${caseId} was erased`);
    this.name = 'IdentityErasedError';
  }
}

const b64 = (buffer: Buffer) => buffer.toString('base64url');
/** What a sealed note reads as once the victim's key is destroyed. */
export const ERASED_TEXT = '[erased]';
/** What a sealed value reads as when it does not open under the case's key (moved from another case, or altered). */
export const UNREADABLE_TEXT = '[unreadable]';
/**
 * A sealed value under no key, for deciding a command before anything is sealed: the domain checks only that a
 * field is sealed, never what it holds, so it decides the same on this as on the real value.
 */
export const SEALED_PLACEHOLDER: SealedValue = Object.freeze({ $sealed: `v1.${'A'.repeat(16)}..${'A'.repeat(22)}` });

const sealedValue = (iv: Buffer, ciphertext: Buffer, tag: Buffer): SealedValue => ({ $sealed: `v1.${b64(iv)}.${b64(ciphertext)}.${b64(tag)}` });

function openToken(key: Buffer, value: SealedValue, aad: string): string {
  const [version, iv, ciphertext, tag] = value.$sealed.split('.');
  if (version !== 'v1') throw new Error(`unknown sealed format ${version}`);
  return decrypt(key, Buffer.from(iv, 'base64url'), Buffer.from(ciphertext, 'base64url'), Buffer.from(tag, 'base64url'), aad).toString('utf8');
}

function encrypt(key: Buffer, plaintext: Buffer, aad: string): { iv: Buffer; ciphertext: Buffer; tag: Buffer } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

function decrypt(key: Buffer, iv: Buffer, ciphertext: Buffer, tag: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

// Cases whose data key a process keeps for sealing; the least recently used goes first.
const SEALING_KEYS_KEPT = 10_000;

export class IdentityVault {
  private readonly masters: Map<string, Buffer>;
  private readonly current: MasterKey;
  /**
   * Data keys kept for sealing only (opening always asks the key store). A kept key is used only for a command
   * decided on a case whose log shows no erasure, appended at that exact revision (see CaseCommandRunner): a key is
   * destroyed only after its case's IdentityErased event, so such a command can never seal under a destroyed key
   * it should not have used. `forget` drops a case's key (on erasure, here and on the erasure channel in every process).
   */
  private readonly sealingKeys = new Map<string, Buffer>();

  /**
   * `onUnreadable` hears of every sealed value that did not open under its case's key: the answer still goes out
   * (with `[unreadable]` in its place), but such a value means altered data or a fault, never something to pass quietly.
   */
  constructor(
    private readonly store: DataKeyStore,
    masterKeys: readonly MasterKey[],
    private readonly onUnreadable: (caseId: string, error: unknown) => void = () => undefined,
  ) {
    if (masterKeys.length === 0) throw new Error('at least one master key is needed');
    for (const m of masterKeys) if (m.key.length !== 32) throw new Error(`master key ${m.id} must be 32 bytes`);
    this.current = masterKeys[0];
    this.masters = new Map(masterKeys.map((m) => [m.id, m.key]));
  }

  /** Seals the given fields with the case's data key, creating the key on first use. */
  async seal(caseId: string, identity: VictimIdentity): Promise<SealedIdentity> {
    const key = await this.sealingKey(caseId);
    const sealed: SealedIdentity = {};
    for (const field of IDENTITY_FIELDS) {
      const value = identity[field];
      if (value == null) continue;
      const { iv, ciphertext, tag } = encrypt(key, Buffer.from(value, 'utf8'), `${caseId}:${field}`);
      sealed[field] = sealedValue(iv, ciphertext, tag);
    }
    return sealed;
  }

  /** Seals a free-text note (a reason, a note) written about the case with the victim's key. */
  async sealText(caseId: string, text: string): Promise<SealedValue> {
    const key = await this.sealingKey(caseId);
    const { iv, ciphertext, tag } = encrypt(key, Buffer.from(text, 'utf8'), `${caseId}:text`);
    return sealedValue(iv, ciphertext, tag);
  }

  /**
   * Encrypts a file's bytes with the case's data key (created on first use), bound to the case and the document by the
   * authenticated data: iv ‖ ciphertext ‖ tag. Erasure destroys the key, and with it every way to read them.
   */
  async sealBytes(caseId: string, documentId: string, bytes: Buffer): Promise<Buffer> {
    const key = await this.sealingKey(caseId);
    const { iv, ciphertext, tag } = encrypt(key, bytes, `${caseId}:document:${documentId}`);
    return Buffer.concat([iv, ciphertext, tag]);
  }

  /** The bytes `sealBytes` encrypted, or `erased` once the case's key is destroyed; altered bytes throw. */
  async openBytes(caseId: string, documentId: string, sealed: Buffer): Promise<Buffer | 'erased'> {
    let key: Buffer;
    try {
      key = await this.dataKey(caseId, false);
    } catch (error) {
      if (error instanceof IdentityErasedError) return 'erased';
      throw error;
    }
    const iv = sealed.subarray(0, 12);
    const tag = sealed.subarray(sealed.length - 16);
    return decrypt(key, iv, sealed.subarray(12, sealed.length - 16), tag, `${caseId}:document:${documentId}`);
  }

  /**
   * Replaces every sealed value (`{ $sealed }`, found by type while walking `value`, any JSON) with its clear
   * text, or with `[erased]` once the case's key is destroyed. Strings are never opened, whatever they look
   * like. Identity fields are opened by `open`, never here. `stored`: the case's key as the statement that read
   * `value` (or just before) found it in the key store, so no second look-up; without it, or if none was found, the
   * key store is asked.
   */
  async openTexts<T>(caseId: string, value: T, stored?: WrappedKey | 'destroyed' | null): Promise<T> {
    let key: Buffer | 'erased' | null = null;
    const keyOnce = async (): Promise<Buffer | 'erased'> => {
      if (key === null) {
        try {
          key = await this.dataKey(caseId, false, stored);
        } catch (error) {
          if (!(error instanceof IdentityErasedError)) throw error;
          key = 'erased';
        }
      }
      return key;
    };
    const openValue = async (sealed: SealedValue): Promise<string> => {
      const k = await keyOnce();
      if (k === 'erased') return ERASED_TEXT;
      try {
        return openToken(k, sealed, `${caseId}:text`);
      } catch (error) {
        // Not this case's note (or altered): say so, never fail the whole answer for it, and tell whoever keeps watch.
        this.onUnreadable(caseId, error);
        return UNREADABLE_TEXT;
      }
    };
    const walk = async (node: unknown): Promise<unknown> => {
      if (isSealed(node)) return openValue(node);
      if (Array.isArray(node)) return Promise.all(node.map(walk));
      if (node && typeof node === 'object' && !(node instanceof Date)) {
        const entries = await Promise.all(Object.entries(node).map(async ([k, v]) => [k, await walk(v)] as const));
        return Object.fromEntries(entries);
      }
      return node;
    };
    return (await walk(value)) as T;
  }

  /** Opens the asked-for fields; `erased` when the case's key was destroyed. */
  async open(caseId: string, sealed: SealedIdentity, fields: readonly IdentityField[] = IDENTITY_FIELDS): Promise<VictimIdentity | 'erased'> {
    const wanted = fields.filter((f) => sealed[f] !== undefined);
    if (wanted.length === 0) return {};
    let key: Buffer;
    try {
      key = await this.dataKey(caseId, false);
    } catch (error) {
      if (error instanceof IdentityErasedError) return 'erased';
      throw error;
    }
    const identity: VictimIdentity = {};
    for (const field of wanted) identity[field] = openToken(key, sealed[field]!, `${caseId}:${field}`);
    return identity;
  }

  async isErased(caseId: string): Promise<boolean> {
    return (await this.store.find(caseId)) === 'destroyed';
  }

  /** Marks the case's key as being erased: call before recording the erasure, so a crash before the key goes is found. */
  beginErasure(caseId: string): Promise<void> {
    return this.store.markErasing(caseId);
  }

  /** The erasure was refused: its key stays, unmarked. */
  abandonErasure(caseId: string): Promise<void> {
    return this.store.clearErasing(caseId);
  }

  /** Destroys the case's data key: every sealed field of the case becomes unreadable for good. */
  destroy(caseId: string, detail: { by: string; legalBasis: string; at: string }): Promise<boolean> {
    this.forget(caseId);
    return this.store.destroy(caseId, detail);
  }

  /** Drops the case's kept sealing key: its victim was erased (here or, as the erasure channel says, elsewhere). */
  forget(caseId: string): void {
    this.sealingKeys.get(caseId)?.fill(0);
    this.sealingKeys.delete(caseId);
  }

  /** Drops every kept sealing key (the erasure channel was lost: an erasure may have gone unheard). */
  forgetAll(): void {
    for (const caseId of [...this.sealingKeys.keys()]) this.forget(caseId);
  }

  /** Sealing keys kept (for specs and health). */
  keptSealingKeys(): number {
    return this.sealingKeys.size;
  }

  /** The data key re-wrapped with the current master key when another wraps it (key rotation). */
  rewrap(wrapped: WrappedKey): WrappedKey | null {
    if (wrapped.masterKeyId === this.current.id) return null;
    return this.wrap(wrapped.caseId, this.unwrap(wrapped));
  }

  private async sealingKey(caseId: string): Promise<Buffer> {
    const kept = this.sealingKeys.get(caseId);
    if (kept) {
      this.sealingKeys.delete(caseId);
      this.sealingKeys.set(caseId, kept);
      return kept;
    }
    // A copy in memory of its own: the opened key is a slice of Buffer's shared 8 KiB pool, and keeping the
    // slice would keep its whole slab alive (10,000 kept keys held about 40 MiB), and zeroing it on forget
    // would write into memory other Buffers share.
    const opened = await this.dataKey(caseId, true);
    const key = Buffer.alloc(opened.length);
    opened.copy(key);
    opened.fill(0);
    this.sealingKeys.set(caseId, key);
    if (this.sealingKeys.size > SEALING_KEYS_KEPT) this.forget(this.sealingKeys.keys().next().value!);
    return key;
  }

  private async dataKey(caseId: string, create: boolean, stored?: WrappedKey | 'destroyed' | null): Promise<Buffer> {
    // No key when it was read: one may have been made since (before the sealed value being opened was read).
    let found = stored ?? (await this.store.find(caseId));
    if (found === null) {
      if (!create) throw new Error(`case ${caseId} has no data key`);
      found = await this.store.insertIfAbsent(this.wrap(caseId, randomBytes(32)));
    }
    if (found === 'destroyed') throw new IdentityErasedError(caseId);
    return this.unwrap(found);
  }

  private wrap(caseId: string, dataKey: Buffer): WrappedKey {
    const { iv, ciphertext, tag } = encrypt(this.current.key, dataKey, `data-key:${caseId}`);
    return { caseId, masterKeyId: this.current.id, wrapped: Buffer.concat([iv, ciphertext, tag]) };
  }

  private unwrap(wrapped: WrappedKey): Buffer {
    const master = this.masters.get(wrapped.masterKeyId);
    if (!master) throw new Error(`master key ${wrapped.masterKeyId} is not configured: the data key of case ${wrapped.caseId} cannot be opened`);
    const w = wrapped.wrapped;
    return decrypt(master, w.subarray(0, 12), w.subarray(12, w.length - 16), w.subarray(w.length - 16), `data-key:${wrapped.caseId}`);
  }
}
