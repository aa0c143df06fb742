import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ReadModelFreshness } from '../queries/read-model-freshness.js';
import { MousController } from './mous.controller.js';

/** The MoU register: commands on each MoU's stream and the mous read model. */
@Module({
  imports: [AuthModule],
  controllers: [MousController],
  providers: [ReadModelFreshness],
})
export class MousModule {}
