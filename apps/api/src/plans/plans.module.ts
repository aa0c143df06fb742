import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ReadModelFreshness } from '../queries/read-model-freshness.js';
import { PlansController } from './plans.controller.js';

/** The task forces' action plans (RAD): commands on each plan's stream and the plans read model. */
@Module({
  imports: [AuthModule],
  controllers: [PlansController],
  providers: [ReadModelFreshness],
})
export class PlansModule {}
