import { eventStoreMigrations } from '@rujukan/event-store';
import { CreateProjectionCheckpoints1763900100000 } from './1763900100000-create-projection-checkpoints.js';
import { CreateReferralLookupIndexes1763900200000 } from './1763900200000-create-referral-lookup-indexes.js';
import { CreateIdempotencyRecords1763900300000 } from './1763900300000-create-idempotency-records.js';
import { CreateAgencies1763900400000 } from './1763900400000-create-agencies.js';
import { ClaimIdempotencyKeys1763900500000 } from './1763900500000-claim-idempotency-keys.js';
import { CreateCaseReadModels1763900600000 } from './1763900600000-create-case-read-models.js';
import { CreateAccessLog1763900800000 } from './1763900800000-create-access-log.js';
import { CreateVictimKeys1763900900000 } from './1763900900000-create-victim-keys.js';
import { CreateUsers1763901000000 } from './1763901000000-create-users.js';
import { CreateStatistics1763901100000 } from '../statistics/migrations/1763901100000-create-statistics.js';
import { CreateReferralStatistics1763901200000 } from '../statistics/migrations/1763901200000-create-referral-statistics.js';
import { CreateStageAndServiceStatistics1763901300000 } from '../statistics/migrations/1763901300000-create-stage-and-service-statistics.js';
import { CreateTransfers1763901400000 } from '../transfers/migrations/1763901400000-create-transfers.js';
import { AddTimelineFacts1763901500000 } from '../case-timeline/migrations/1763901500000-add-timeline-facts.js';
import { AddAgencyStatus1763902000000 } from './1763902000000-add-agency-status.js';
import { ReferralsKeepTheirSender1763902100000 } from '../referrals/migrations/1763902100000-referrals-keep-their-sender.js';
import { TypeSealedValues1763902200000 } from './1763902200000-type-sealed-values.js';
import { ErasuresInProgress1763902300000 } from './1763902300000-erasures-in-progress.js';
import { CreateProjectionFaults1763903000000 } from './1763903000000-create-projection-faults.js';
import { AddAgencyEmail1763904000000 } from './1763904000000-add-agency-email.js';
import { TransfersProjectionOfTheirOwn1763905000000 } from '../transfers/migrations/1763905000000-transfers-projection-of-their-own.js';
import { StatisticsProjectionPerTable1763905100000 } from '../statistics/migrations/1763905100000-statistics-projection-per-table.js';
import { CreateActionPlans1763906000000 } from '../plans/migrations/1763906000000-create-action-plans.js';
import { AssignmentAndUserNames1763906100000 } from './1763906100000-assignment-and-user-names.js';
import { CreateMouRegister1796667805304 } from '../mous/migrations/1796667805304-create-mou-register.js';
import { CreatePorts1796671023064 } from '../ports/migrations/1796671023064-create-ports.js';
import { StatsCasesMeansOfControl1763906220000 } from '../statistics/migrations/1763906220000-stats-cases-means-of-control.js';
import { VictimKeysRewritten1763906300000 } from './1763906300000-victim-keys-rewritten.js';
import { DropIdempotencyRecords1796667603834 } from './1796667603834-drop-idempotency-records.js';
import { CreateNotifications1796667694483 } from '../notifications/migrations/1796667694483-create-notifications.js';
import { WrapWebhookSecrets1796678777690 } from '../notifications/migrations/1796678777690-wrap-webhook-secrets.js';
import { CreateCaseDocuments1796668074624 } from '../documents/migrations/1796668074624-create-case-documents.js';
import { RegistrationNumbersAndCaseSearch1796667857611 } from './1796667857611-registration-numbers-and-case-search.js';
import { IntakeReportingAgencyAndReturnLeg1796678819381 } from './1796678819381-intake-reporting-agency-and-return-leg.js';
import { QueueIndexes1796691320563 } from './1796691320563-queue-indexes.js';

export const readModelMigrations = [
  CreateProjectionCheckpoints1763900100000,
  CreateReferralLookupIndexes1763900200000,
  CreateIdempotencyRecords1763900300000,
  CreateAgencies1763900400000,
  ClaimIdempotencyKeys1763900500000,
  CreateCaseReadModels1763900600000,
  CreateAccessLog1763900800000,
  CreateVictimKeys1763900900000,
  CreateUsers1763901000000,
  CreateStatistics1763901100000,
  CreateReferralStatistics1763901200000,
  CreateStageAndServiceStatistics1763901300000,
  CreateTransfers1763901400000,
  AddTimelineFacts1763901500000,
  AddAgencyStatus1763902000000,
  ReferralsKeepTheirSender1763902100000,
  TypeSealedValues1763902200000,
  ErasuresInProgress1763902300000,
  CreateProjectionFaults1763903000000,
  AddAgencyEmail1763904000000,
  TransfersProjectionOfTheirOwn1763905000000,
  StatisticsProjectionPerTable1763905100000,
  CreateActionPlans1763906000000,
  AssignmentAndUserNames1763906100000,
  StatsCasesMeansOfControl1763906220000,
  VictimKeysRewritten1763906300000,
  DropIdempotencyRecords1796667603834,
  CreateNotifications1796667694483,
  CreateCaseDocuments1796668074624,
  RegistrationNumbersAndCaseSearch1796667857611,
  CreateMouRegister1796667805304,
  CreatePorts1796671023064,
  WrapWebhookSecrets1796678777690,
  IntakeReportingAgencyAndReturnLeg1796678819381,
  QueueIndexes1796691320563,
];

/** Every schema change of the service's PostgreSQL, in order: the event store's, then the read models'. */
export const allMigrations = [...eventStoreMigrations, ...readModelMigrations];
