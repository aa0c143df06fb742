import { describe, expect, it } from '@jest/globals';
import { isConnectionError } from './connection-errors.js';

describe('isConnectionError', () => {
  it('recognises a refused connection, a server shutting down and a dropped connection', () => {
    expect(isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('looks through the wrapper TypeORM puts around a driver error', () => {
    const driverError = Object.assign(new Error('the database system is starting up'), { code: '57P03' });
    expect(isConnectionError(Object.assign(new Error('query failed'), { driverError }))).toBe(true);
  });

  it('leaves bad input, constraint violations and bugs alone', () => {
    expect(isConnectionError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' }))).toBe(false);
    expect(isConnectionError(new TypeError('x is undefined'))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});
