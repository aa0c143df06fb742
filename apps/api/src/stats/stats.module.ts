import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ReadModelFreshness } from '../queries/read-model-freshness.js';
import { StatsReportController } from './stats-report.controller.js';
import { StatsController } from './stats.controller.js';

@Module({
  imports: [AuthModule],
  controllers: [StatsController, StatsReportController],
  providers: [ReadModelFreshness],
})
export class StatsModule {}
