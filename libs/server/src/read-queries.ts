import type { FactoryProvider } from '@nestjs/common';
import { EventStore } from '@rujukan/event-store';
import {
  AccessLogQueries,
  AgencyQueueQueries,
  CaseCountQueries,
  CaseListQueries,
  CaseSummaryQueries,
  PgVictimIndex,
  PossibleDuplicatesQueries,
  CaseTimelineQueries,
  DirectoryQueries,
  HtcdsExportQueries,
  DeadLetterActions,
  NotificationOutbox,
  WebhookSubscriptions,
  PgDataKeyStore,
  PgDocumentStore,
  PlanQueries,
  MouQueries,
  TransferFigureQueries,
  SimfoniCandidateQueries,
  TransitFlowQueries,
  PortQueries,
  ProjectionProgressQueries,
  ReadSideWitness,
  ReferralFigureQueries,
  ServiceClockQueries,
  StagePeriodQueries,
  YearlyReportQueries,
} from '@rujukan/read-models';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { DataSource } from 'typeorm';
import { secretWrapper } from './keys/identity-keys.js';

const onDataSource = <T>(query: new (dataSource: DataSource) => T): FactoryProvider<T> => ({
  provide: query,
  inject: [DataSource],
  useFactory: (dataSource: DataSource) => new query(dataSource),
});

/** The read models' queries as Nest providers, each on the read side's DataSource: what an app's routes inject instead of SQL. */
export const READ_QUERY_PROVIDERS: FactoryProvider[] = [
  onDataSource(AgencyQueueQueries),
  onDataSource(CaseSummaryQueries),
  onDataSource(CaseTimelineQueries),
  onDataSource(AccessLogQueries),
  onDataSource(ReadSideWitness),
  onDataSource(PgDataKeyStore),
  onDataSource(PgDocumentStore),
  onDataSource(ProjectionProgressQueries),
  onDataSource(CaseCountQueries),
  onDataSource(ReferralFigureQueries),
  onDataSource(StagePeriodQueries),
  onDataSource(ServiceClockQueries),
  onDataSource(YearlyReportQueries),
  onDataSource(HtcdsExportQueries),
  onDataSource(PlanQueries),
  onDataSource(NotificationOutbox),
  {
    provide: WebhookSubscriptions,
    inject: [DataSource, EventStore, APP_CONFIG],
    useFactory: (dataSource: DataSource, store: EventStore, config: AppConfig) => new WebhookSubscriptions(dataSource, store, secretWrapper(config)),
  },
  {
    provide: DeadLetterActions,
    inject: [DataSource, EventStore],
    useFactory: (dataSource: DataSource, store: EventStore) => new DeadLetterActions(dataSource, store),
  },
  onDataSource(CaseListQueries),
  onDataSource(PossibleDuplicatesQueries),
  onDataSource(PgVictimIndex),
  onDataSource(MouQueries),
  onDataSource(TransferFigureQueries),
  onDataSource(SimfoniCandidateQueries),
  onDataSource(TransitFlowQueries),
  onDataSource(PortQueries),
  {
    provide: DirectoryQueries,
    inject: [DataSource, EventStore],
    useFactory: (dataSource: DataSource, store: EventStore) => new DirectoryQueries(dataSource, store),
  },
];
