import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { MasterKey } from './identity-vault.js';

/**
 * Secrets the service keeps for others (a webhook's signing secret) wrapped at rest the way victims' data keys are:
 * AES-256-GCM under a master key of IDENTITY_MASTER_KEYS, bound (authenticated data) to what the secret belongs to,
 * so a wrapped secret copied onto another row does not open. The first master key wraps; the others still unwrap.
 */
export interface WrappedSecret {
  masterKeyId: string;
  /** iv ‖ ciphertext ‖ tag */
  wrapped: Buffer;
}

// Outside production only: a key anyone can derive protects nothing, which is why production refuses it.
export const DEVELOPMENT_MASTER_KEY: MasterKey = {
  id: 'dev',
  key: createHash('sha256').update('rujukan-development-identity-master-key-do-not-use-in-production').digest(),
};

/** The master keys of an IDENTITY_MASTER_KEYS value (`id:base64,…`, current first); throws naming the entry that is wrong. */
export function parseMasterKeys(value: string): MasterKey[] {
  return value.split(',').map((entry, i) => {
    const [id, encoded] = entry.trim().split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!id || key.length !== 32) throw new Error(`IDENTITY_MASTER_KEYS: entry ${i + 1} must be id:base64 of exactly 32 bytes (openssl rand -base64 32)`);
    return { id, key };
  });
}

/**
 * The master keys a process's environment configures, read as the service reads them (for a migration, which runs
 * before any configuration is parsed): IDENTITY_MASTER_KEYS, else the development key with DEVELOPMENT_SECRETS outside
 * production, else none.
 */
export function masterKeysOfEnvironment(env: NodeJS.ProcessEnv): MasterKey[] | null {
  if (env.IDENTITY_MASTER_KEYS) return parseMasterKeys(env.IDENTITY_MASTER_KEYS);
  const development = env.DEVELOPMENT_SECRETS === 'true' || env.DEVELOPMENT_SECRETS === '1';
  return development && env.NODE_ENV !== 'production' ? [DEVELOPMENT_MASTER_KEY] : null;
}

export class SecretWrapper {
  private readonly masters: Map<string, Buffer>;
  private readonly current: MasterKey;

  constructor(masterKeys: readonly MasterKey[]) {
    if (masterKeys.length === 0) throw new Error('at least one master key is needed');
    for (const m of masterKeys) if (m.key.length !== 32) throw new Error(`master key ${m.id} must be 32 bytes`);
    this.current = masterKeys[0]!;
    this.masters = new Map(masterKeys.map((m) => [m.id, m.key]));
  }

  /** `owner` names what the secret belongs to (`webhook:<subscription id>`): it must be given again to unwrap. */
  wrap(owner: string, secret: string): WrappedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(`secret:${owner}`, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(Buffer.from(secret, 'utf8')), cipher.final()]);
    return { masterKeyId: this.current.id, wrapped: Buffer.concat([iv, ciphertext, cipher.getAuthTag()]) };
  }

  /** The clear secret; throws when its master key is not configured, or the wrapping was altered or belongs elsewhere. */
  unwrap(owner: string, secret: WrappedSecret): string {
    const master = this.masters.get(secret.masterKeyId);
    if (!master) throw new Error(`master key ${secret.masterKeyId} is not configured: the secret of ${owner} cannot be opened`);
    const w = secret.wrapped;
    const decipher = createDecipheriv('aes-256-gcm', master, w.subarray(0, 12));
    decipher.setAAD(Buffer.from(`secret:${owner}`, 'utf8'));
    decipher.setAuthTag(w.subarray(w.length - 16));
    return Buffer.concat([decipher.update(w.subarray(12, w.length - 16)), decipher.final()]).toString('utf8');
  }

  /** The secret wrapped again under the current master key, or null when it already is (key rotation). */
  rewrap(owner: string, secret: WrappedSecret): WrappedSecret | null {
    return secret.masterKeyId === this.current.id ? null : this.wrap(owner, this.unwrap(owner, secret));
  }
}
