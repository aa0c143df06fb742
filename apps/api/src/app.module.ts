import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { allMigrations } from '@rujukan/read-models';
import { ProjectorModule, ReadModelsModule } from '@rujukan/server';
import { AppConfigModule, DatabaseModule, LoggingModule } from '@rujukan/platform';
import { AdminModule } from './admin/admin.module.js';
import { StatsModule } from './stats/stats.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { AuditModule } from './audit/audit.module.js';
import { CasesModule } from './cases/cases.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { HealthController } from './health/health.controller.js';
import { FastifyReady } from './http/fastify-ready.js';
import { IndexController } from './health/index.controller.js';
import { MetricsModule } from './metrics/metrics.controller.js';
import { QueriesModule } from './queries/queries.module.js';
import { ReadQueriesModule } from './read-queries.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.js';
import { WebModule } from './web/web.module.js';
import { PlansModule } from './plans/plans.module.js';
import { LettersModule } from './letters/letters.module.js';
import { MousModule } from './mous/mous.module.js';

export interface AppModuleOptions {
  /** Run the projector in this process too (one-process deployments and `npm start`). */
  withProjector: boolean;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule,
        LoggingModule,
        RateLimitModule,
        DatabaseModule.forRoot({ migrations: allMigrations }),
        ReadModelsModule,
        ReadQueriesModule,
        TerminusModule,
        CasesModule,
        QueriesModule,
        AuditModule,
        IdentityModule,
        AdminModule,
        StatsModule,
        ExportsModule,
        PlansModule,
        LettersModule,
        MousModule,
        MetricsModule,
        WebModule,
        ...(options.withProjector ? [ProjectorModule] : []),
      ],
      controllers: [HealthController, IndexController],
      providers: [FastifyReady],
    };
  }
}
