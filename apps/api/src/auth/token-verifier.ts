import { Inject, Injectable } from '@nestjs/common';
import { ROLES, type Actor, type Role } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { ApiError } from '../errors/api-error.js';

const ASYMMETRIC = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/** Turns a bearer token into the actor of a command: signature, algorithm, issuer, audience, expiry, claims. */
@Injectable()
export class TokenVerifier {
  private readonly verifyToken: (token: string) => Promise<JWTPayload>;

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
    const token = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('a bearer token is required');
    let payload: JWTPayload;
    try {
      payload = await this.verifyToken(token);
    } catch (error) {
      // The identity provider's keys could not be fetched: the token may be fine, so the client should retry, not sign in again.
      if (error instanceof joseErrors.JWKSTimeout || !(error instanceof joseErrors.JOSEError)) {
        throw new ApiError(503, 'AUTH.PROVIDER_UNAVAILABLE', 'the identity provider does not answer; retry later');
      }
      throw unauthenticated('the bearer token is invalid or expired');
    }
    const { sub, role, agency } = payload;
    // The system role belongs to in-process sweeps: no token may carry it.
    if (typeof sub !== 'string' || typeof agency !== 'string' || !(ROLES as readonly unknown[]).includes(role)) {
      throw unauthenticated('the bearer token lacks sub, a known role or agency');
    }
    return { userId: sub, role: role as Role, agency };
  }
}

function unauthenticated(message: string): ApiError {
  return new ApiError(401, 'AUTH.UNAUTHENTICATED', message);
}
