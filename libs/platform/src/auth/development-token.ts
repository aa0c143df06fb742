import { SignJWT } from 'jose';
import type { AppConfig } from '../config/app-config.js';

export interface TokenClaims {
  userId: string;
  role: string;
  agency: string;
  /** jose time span, e.g. `8h`, `30m`. */
  ttl?: string;
}

/** Signs an HS256 bearer token with the configured secret: for development, tests and the CLI only. */
export async function mintDevelopmentToken(config: AppConfig, claims: TokenClaims): Promise<string> {
  if (!config.AUTH_JWT_SECRET) throw new Error('AUTH_JWT_SECRET is not set: tokens of a JWKS issuer come from that issuer');
  return new SignJWT({ role: claims.role, agency: claims.agency })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(config.AUTH_ISSUER)
    .setAudience(config.AUTH_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.ttl ?? '8h')
    .sign(new TextEncoder().encode(config.AUTH_JWT_SECRET));
}
