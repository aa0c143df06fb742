import { Inject, Injectable } from '@nestjs/common';
import { ROLES, type Actor, type Role } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { ApiError } from '../errors/api-error.js';

const ASYMMETRIC = ['RS256', 'PS256', 'ES256', 'EdDSA'];
/** A verified token is trusted again, without checking its signature, for at most this long (and never past its exp). */
const VERIFIED_TTL_MS = 60_000;
const VERIFIED_MAX = 5_000;

/** Turns a bearer token into the actor of a command: signature, algorithm, issuer, audience, expiry, claims. */
@Injectable()
export class TokenVerifier {
  private readonly verifyToken: (token: string) => Promise<JWTPayload>;
  /**
   * Tokens whose signature and claims were checked, by their exact text: a console sends the same token
   * with every request, and checking its signature each time was a tenth of the API's CPU under load.
   */
  private readonly verified = new Map<string, { payload: JWTPayload; until: number }>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const options = (algorithms: string[]): JWTVerifyOptions => ({
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      algorithms,
      requiredClaims: ['sub', 'exp'],
    });
    if (config.AUTH_JWKS_URL) {
      const keys = createRemoteJWKSet(new URL(config.AUTH_JWKS_URL));
      this.verifyToken = async (token) => (await jwtVerify(token, keys, options(ASYMMETRIC))).payload;
    } else {
      const secret = new TextEncoder().encode(config.AUTH_JWT_SECRET);
      this.verifyToken = async (token) => (await jwtVerify(token, secret, options(['HS256']))).payload;
    }
  }

  async actorOf(authorization: string | undefined): Promise<Actor> {
    // RFC 6750 (via RFC 7235): the scheme name is case-insensitive.
    const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('a bearer token is required');
    let payload: JWTPayload;
    try {
      payload = await this.verifiedPayload(token);
    } catch (error) {
      // The identity provider's keys could not be fetched: the token may be fine, so the client should retry, not sign in again.
      if (error instanceof joseErrors.JWKSTimeout || !(error instanceof joseErrors.JOSEError)) {
        throw new ApiError(503, 'AUTH.PROVIDER_UNAVAILABLE', 'the identity provider does not answer; retry later');
      }
      throw unauthenticated('the bearer token is invalid or expired');
    }
    const { sub, role, agency } = payload;
    // The system role belongs to in-process sweeps: no token may carry it.
    const named = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
    if (!named(sub) || !named(agency) || !(ROLES as readonly unknown[]).includes(role)) {
      throw unauthenticated('the bearer token lacks sub, a known role or agency');
    }
    return { userId: sub, role: role as Role, agency };
  }

  private async verifiedPayload(token: string): Promise<JWTPayload> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known && known.until > now) return known.payload;
    if (known) this.verified.delete(token);
    const payload = await this.verifyToken(token);
    // exp is required, so every entry ends with its token; the oldest entry makes way when the map is full.
    const until = Math.min(now + VERIFIED_TTL_MS, (payload.exp ?? 0) * 1000);
    if (until > now) {
      if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { payload, until });
    }
    return payload;
  }

  /** How many verified tokens are remembered (for specs). */
  get rememberedTokens(): number {
    return this.verified.size;
  }
}

function unauthenticated(message: string): ApiError {
  return new ApiError(401, 'AUTH.UNAUTHENTICATED', message);
}
