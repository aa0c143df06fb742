import { derivedUuid, executeMouCommand, type AgencyDirectory } from '@rujukan/application';
import type { Actor, MouCommand } from '@rujukan/domain';
import type { EventStore } from '@rujukan/event-store';

/**
 * MoUs the demo invents so that transfers have an MoU to name and the statistics a province pair without one. None of
 * them is a real agreement: each is recorded `illustrative`, and its reference says ILUSTRASI. The articles tell of
 * cooperation sought between provinces (the national coordination meeting in Balikpapan), not of these documents.
 */
export const DEMO_MOUS: ReadonlyArray<{ key: string; actor: Actor; mou: Record<string, unknown> }> = [
  {
    key: 'kaltim-kaltara',
    actor: { userId: 'demo-coordinator-gt-pp-tppo-64', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-64' },
    mou: {
      reference: 'ILUSTRASI/MOU/64-65/2024',
      title: 'Kerja sama penanganan, pemindahan kasus dan pemulangan korban TPPO Kaltim–Kaltara (ilustrasi)',
      provinces: ['64', '65'],
      agencies: ['BP3MI-NUNUKAN'],
      scopes: ['case_transfer', 'repatriation', 'shelter'],
      signedOn: '2024-03-01',
      expiresOn: '2029-02-28',
      illustrative: true,
    },
  },
  {
    key: 'kalbar-jatim',
    actor: { userId: 'demo-coordinator-gt-pp-tppo-61', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-61' },
    mou: {
      reference: 'ILUSTRASI/MOU/61-35/2025',
      title: 'Kerja sama pemulangan korban TPPO asal Jawa Timur melalui Entikong (ilustrasi)',
      provinces: ['61', '35'],
      scopes: ['repatriation', 'case_transfer'],
      signedOn: '2025-11-26',
      illustrative: true,
    },
  },
];

/** Records the demo's MoUs through the MoU commands; command ids derive from the run id, so running again adds nothing. */
export async function seedDemoMous(store: EventStore, directory: AgencyDirectory, runId: string, now: Date): Promise<number> {
  for (const demo of DEMO_MOUS) {
    const commandId = derivedUuid('demo-mou', runId, demo.key);
    const command = {
      type: 'RecordMou',
      data: { mouId: derivedUuid('demo-mou', runId, demo.key, 'id'), ...demo.mou },
      metadata: { actor: demo.actor, now: now.toISOString() },
    } as unknown as MouCommand;
    await executeMouCommand(store, directory, command, { actor: demo.actor, commandId, correlationId: commandId, now: now.toISOString() });
  }
  return DEMO_MOUS.length;
}
