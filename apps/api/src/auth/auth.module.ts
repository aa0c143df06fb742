import { Module } from '@nestjs/common';
import { BearerAuthGuard } from './bearer-auth.guard.js';
import { TokenVerifier } from './token-verifier.js';
import { UserDirectory } from './user-directory.js';

/** Bearer tokens for every route that acts or reads on behalf of a person. */
@Module({
  providers: [TokenVerifier, BearerAuthGuard, UserDirectory],
  exports: [TokenVerifier, BearerAuthGuard, UserDirectory],
})
export class AuthModule {}
