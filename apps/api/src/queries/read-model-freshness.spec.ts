import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '@rujukan/platform';
import type { DataSource } from 'typeorm';
import { RequestValidationError } from '../errors/api-error.js';
import { ReadModelFreshness } from './read-model-freshness.js';

// Reading a position touches no database.
const freshness = new ReadModelFreshness(null as unknown as DataSource, { READ_WAIT_MS: 0, EVENT_STORE: 'postgres' } as AppConfig);

// Found by the fuzz specs (test/fuzz): a position beyond xid8 or bigint reached PostgreSQL and failed there as a 500.
describe('the position a query waits for', () => {
  it('reads a position from the header or, failing that, the query', () => {
    expect(freshness.requested('1234-56', '1-1')).toEqual({ commit: 1234n, prepare: 56n });
    expect(freshness.requested(undefined, '1-1')).toEqual({ commit: 1n, prepare: 1n });
    expect(freshness.requested(undefined, undefined)).toBeNull();
  });

  it('takes the largest position PostgreSQL can compare with', () => {
    expect(freshness.requested('18446744073709551615-9223372036854775807', undefined)).toEqual({ commit: 2n ** 64n - 1n, prepare: 2n ** 63n - 1n });
  });

  it.each(['18446744073709551616-1', '1-9223372036854775808', '1-99999999999999999999', 'x', '1--1', ''])('refuses %j with 400 on minPosition', (text) => {
    expect(() => freshness.requested(text, undefined)).toThrow(RequestValidationError);
    try {
      freshness.requested(text, undefined);
    } catch (error) {
      expect((error as RequestValidationError).errors).toEqual([{ field: 'minPosition', reason: 'must be a position returned by a command, e.g. 1234-56' }]);
    }
  });
});
