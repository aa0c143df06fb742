import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { LetterVerificationController } from './letter-verification.controller.js';
import { LettersController } from './letters.controller.js';

/** Letters printed from a case: referral letter, case summary, handover record, and their verification. */
@Module({ imports: [AuthModule], controllers: [LettersController, LetterVerificationController] })
export class LettersModule {}
