import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CaseQueriesController } from './case-queries.controller.js';
import { QueueController } from './queue.controller.js';
import { DuplicatesController } from './duplicates.controller.js';
import { ReadModelFreshness } from './read-model-freshness.js';

@Module({
  imports: [AuthModule],
  controllers: [CaseQueriesController, QueueController, DuplicatesController],
  providers: [ReadModelFreshness],
})
export class QueriesModule {}
