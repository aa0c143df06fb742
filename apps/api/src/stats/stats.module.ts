import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { StatsReportController } from './stats-report.controller.js';
import { StatsController } from './stats.controller.js';

@Module({
  imports: [AuthModule],
  controllers: [StatsController, StatsReportController],
})
export class StatsModule {}
