import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DeadlineSweepService } from '@rujukan/server';
import { FUZZ_SEED, fc, runs, timeoutFor } from '../fuzz/support/fuzz-settings.js';
import { caseJourney, interleaving } from './support/case-steps.js';
import { expectProjectable, startProjectedApp, type ProjectedApp } from './support/projected-app.js';
import { runJourneys, type JourneyOutcome } from './support/run-journeys.js';

const RUNS = runs(3);

/**
 * Accepted ⇒ projectable. Random journeys of up to three cases, interleaved, go through the HTTP API as the agencies
 * would send them, with every field at the edges of what is allowed: dates from 1900-01-01 to 2200-12-31T23:59:59.999Z
 * with offsets at ±14:00, every value of every closed vocabulary, the longest text each field takes, Unicode, amounts
 * up to 10^13; then the deadline sweep runs at the last supported instant. Whatever the API accepted, every projection applied
 * without parking anything, and the read models equal a rebuild from position 0.
 */
describe(`accepted commands are projectable (seed ${FUZZ_SEED})`, () => {
  let app: ProjectedApp;
  const totals: JourneyOutcome = { accepted: {}, refused: {}, failures: [] };

  beforeAll(async () => {
    app = await startProjectedApp();
  }, 60_000);
  afterAll(async () => {
    // PROPERTY_REPORT=<file> keeps what the runs accepted and refused, for whoever reads a deep run.
    if (process.env.PROPERTY_REPORT) writeFileSync(process.env.PROPERTY_REPORT, JSON.stringify({ seed: FUZZ_SEED, runs: RUNS, ...totals }, null, 2));
    await app?.close();
  });

  it(
    'every accepted sequence projects without error, parks nothing, and equals a rebuild from position 0',
    async () => {
      const journeys = fc.array(caseJourney(), { minLength: 1, maxLength: 3 }).chain((cases) =>
        interleaving(
          cases.length,
          cases.reduce((n, c) => n + c.steps.length, 0),
        ).map((order) => ({ cases, order })),
      );
      await fc.assert(
        fc.asyncProperty(journeys, async ({ cases, order }) => {
          const outcome = await runJourneys(app, cases, order);
          for (const [key, n] of Object.entries(outcome.accepted)) totals.accepted[key] = (totals.accepted[key] ?? 0) + n;
          for (const [key, n] of Object.entries(outcome.refused)) totals.refused[key] = (totals.refused[key] ?? 0) + n;
          totals.failures.push(...outcome.failures);
          expect(outcome.failures).toEqual([]);
          // Every referral's deadline and every service clock has passed: the sweep's commands go through the same path.
          await app.api.app.get(DeadlineSweepService).sweep(new Date('2200-12-31T23:59:59.999Z'));
          await expectProjectable(app, { cases: cases.map((c) => c.steps.map((s) => s.command)) });
        }),
        { numRuns: RUNS },
      );
      // The runs did reach the read models: commands past intake were accepted, not only refused.
      const accepted = Object.values(totals.accepted).reduce((a, b) => a + b, 0);
      expect(accepted).toBeGreaterThan(RUNS * 5);
      expect(totals.accepted.SendReferral ?? 0).toBeGreaterThan(0);
    },
    timeoutFor(RUNS * 120),
  );
});
