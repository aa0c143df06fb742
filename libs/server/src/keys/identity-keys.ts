import { createHash } from 'node:crypto';
import { DEVELOPMENT_MASTER_KEY, parseMasterKeys, SecretWrapper, type MasterKey } from '@rujukan/application';
import { ConfigError, type AppConfig } from '@rujukan/platform';

type MasterKeyConfig = Pick<AppConfig, 'IDENTITY_MASTER_KEYS' | 'NODE_ENV' | 'DEVELOPMENT_SECRETS'>;

/** The master keys from IDENTITY_MASTER_KEYS (`id:base64,…`, current first), or the development key outside production. */
export function identityMasterKeys(config: MasterKeyConfig): MasterKey[] {
  if (!config.IDENTITY_MASTER_KEYS) {
    if (!config.DEVELOPMENT_SECRETS || config.NODE_ENV === 'production')
      throw new ConfigError(['IDENTITY_MASTER_KEYS: required (or DEVELOPMENT_SECRETS=true in development)']);
    return [DEVELOPMENT_MASTER_KEY];
  }
  try {
    return parseMasterKeys(config.IDENTITY_MASTER_KEYS);
  } catch (error) {
    throw new ConfigError([(error as Error).message]);
  }
}

/** Wraps the secrets the service keeps for others (webhooks' signing secrets) under the same master keys as victims' data keys. */
export const secretWrapper = (config: MasterKeyConfig): SecretWrapper => new SecretWrapper(identityMasterKeys(config));

const DEVELOPMENT_BLIND_INDEX_KEY = createHash('sha256').update('rujukan-development-blind-index-key-do-not-use-in-production').digest();

/**
 * The key of the victim blind indexes, from BLIND_INDEX_KEY (base64, at least 32 bytes), or the development key outside
 * production. Changing it makes every stored token unfindable: the indexes would have to be written again.
 */
export function blindIndexKey(config: Pick<AppConfig, 'BLIND_INDEX_KEY' | 'NODE_ENV' | 'DEVELOPMENT_SECRETS'>): Buffer {
  if (!config.BLIND_INDEX_KEY) {
    if (!config.DEVELOPMENT_SECRETS || config.NODE_ENV === 'production')
      throw new ConfigError(['BLIND_INDEX_KEY: required (or DEVELOPMENT_SECRETS=true in development)']);
    return DEVELOPMENT_BLIND_INDEX_KEY;
  }
  const key = Buffer.from(config.BLIND_INDEX_KEY, 'base64');
  if (key.length < 32) throw new ConfigError(['BLIND_INDEX_KEY: must be base64 of at least 32 bytes (openssl rand -base64 32)']);
  return key;
}
