import type { ReactElement } from 'react';

/**
 * The signed-in pages, by path. The paths are Indonesian words that no API route starts with, so the API's
 * fallback to index.html (GET, text/html) can never shadow an API route.
 */
export const routes: Array<{ path: string; element: ReactElement }> = [];
