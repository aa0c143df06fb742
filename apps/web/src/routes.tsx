import type { ReactElement } from 'react';
import { AuditPage } from './pages/Audit.js';
import { StatisticsPage } from './pages/Statistics.js';

/**
 * The signed-in pages, by path. The paths are Indonesian words that no API route starts with, so the API's
 * fallback to index.html (GET, text/html) can never shadow an API route.
 */
export const routes: Array<{ path: string; element: ReactElement }> = [
  { path: 'pemeriksaan', element: <AuditPage /> },
  { path: 'statistik', element: <StatisticsPage /> },
];
