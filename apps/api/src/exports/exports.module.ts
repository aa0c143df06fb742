import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ReadModelFreshness } from '../queries/read-model-freshness.js';
import { ExportsController } from './exports.controller.js';

@Module({
  imports: [AuthModule],
  controllers: [ExportsController],
  providers: [ReadModelFreshness],
})
export class ExportsModule {}
