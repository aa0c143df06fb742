/**
 * Preloaded into the API process by the soak only (`node --expose-gc --import ./bench/support/memory-probe.mjs`),
 * never by `npm start`: answers the harness over the IPC channel it was spawned with.
 *
 *   { id, type: 'measure' }        → a full collection (global.gc), then { id, type: 'measured', heapUsedBytes, heapTotalBytes, externalBytes, rssBytes }
 *   { id, type: 'snapshot', path } → v8.writeHeapSnapshot(path) (which collects first), then { id, type: 'snapshotted', path }
 *
 * So the soak's heap figure is the live heap, not live heap plus whatever garbage the last collection left.
 * Plain JavaScript because the API runs from its build. The channel is unref'd: it never keeps the API alive.
 */
import { memoryUsage } from 'node:process';
import { writeHeapSnapshot } from 'node:v8';

if (process.send && process.channel) {
  process.on('message', (message) => {
    if (message?.type === 'measure') {
      if (typeof globalThis.gc === 'function') globalThis.gc();
      const { heapUsed, heapTotal, external, rss } = memoryUsage();
      process.send?.({
        id: message.id,
        type: 'measured',
        heapUsedBytes: heapUsed,
        heapTotalBytes: heapTotal,
        externalBytes: external,
        rssBytes: rss,
        collected: typeof globalThis.gc === 'function',
      });
    } else if (message?.type === 'snapshot' && typeof message.path === 'string') {
      const path = writeHeapSnapshot(message.path);
      process.send?.({ id: message.id, type: 'snapshotted', path });
    }
  });
  // After the listener: adding a 'message' listener refs the channel again.
  process.channel.unref();
}
