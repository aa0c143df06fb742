import type { ReactElement } from 'react';
import { AuditPage } from './pages/audit/AuditPage.js';
import { CasePage } from './pages/Case.js';
import { CasesPage } from './pages/Cases.js';
import { DuplicatesPage } from './pages/Duplicates.js';
import { NewCasePage } from './pages/NewCase.js';
import { QueuePage } from './pages/Queue.js';
import { ReferralPage } from './pages/Referral.js';
import { SupervisorInboxPage } from './pages/SupervisorInbox.js';
import { StatisticsPage } from './pages/statistics/StatisticsPage.js';
import { PlansPage } from './pages/plans/PlansPage.js';
import { MousPage } from './pages/mous/MousPage.js';
import { DeadLettersPage } from './pages/notifications/DeadLettersPage.js';

/**
 * The signed-in pages, by path. The paths are Indonesian words that no API route starts with, so the API's
 * fallback to index.html (GET, text/html) can never shadow an API route.
 */
export const routes: Array<{ path: string; element: ReactElement }> = [
  { path: 'antrian', element: <QueuePage /> },
  { path: 'kotak-masuk', element: <SupervisorInboxPage /> },
  { path: 'kasus-ganda', element: <DuplicatesPage /> },
  { path: 'kasus-baru', element: <NewCasePage /> },
  { path: 'kasus', element: <CasesPage /> },
  { path: 'kasus/:caseId', element: <CasePage /> },
  { path: 'kasus/:caseId/rujukan/:referralId', element: <ReferralPage /> },
  { path: 'pemeriksaan', element: <AuditPage /> },
  { path: 'statistik', element: <StatisticsPage /> },
  { path: 'rencana-aksi', element: <PlansPage /> },
  { path: 'mou', element: <MousPage /> },
  { path: 'pemberitahuan-gagal', element: <DeadLettersPage /> },
];
