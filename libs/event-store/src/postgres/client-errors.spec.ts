import { describe, expect, it } from '@jest/globals';
import { clientReportingErrors } from './client-errors.js';

describe('clientReportingErrors', () => {
  it('reports a connection error of a client no pool listens to, instead of letting it end the process', () => {
    const seen: unknown[] = [];
    const Client = clientReportingErrors((error) => seen.push(error));
    const client = new Client({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    const ended = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    // Without a listener, EventEmitter throws an 'error' event: the process would end.
    expect(() => client.emit('error', ended)).not.toThrow();
    expect(seen).toEqual([ended]);
  });
});
