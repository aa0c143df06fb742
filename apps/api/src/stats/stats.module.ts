import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { StatsController } from './stats.controller.js';

@Module({
  imports: [AuthModule],
  controllers: [StatsController],
})
export class StatsModule {}
