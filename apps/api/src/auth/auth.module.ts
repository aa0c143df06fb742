import { Module } from '@nestjs/common';
import { BearerAuthGuard } from './bearer-auth.guard.js';
import { TokenVerifier } from './token-verifier.js';

/** Bearer tokens for every route that acts or reads on behalf of a person. */
@Module({
  providers: [TokenVerifier, BearerAuthGuard],
  exports: [TokenVerifier, BearerAuthGuard],
})
export class AuthModule {}
