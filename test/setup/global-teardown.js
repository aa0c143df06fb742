import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const embedded = globalThis.__RUJUKAN_EMBEDDED_PG__;
  if (!embedded) return;
  await embedded.server.stop();
  rmSync(embedded.dataDir, { recursive: true, force: true });
}
