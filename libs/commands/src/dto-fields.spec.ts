import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { FilePoliceReportDto } from './legal.commands.js';
import { TraffickingIndicatorsDto } from './assessment.commands.js';

const REPORT = { reportNumber: 'LP/B/123/III/2025/SPKT/POLDA KALTIM', unit: 'Subdit IV Renakta', policeAgency: 'POLDA-KALTIM', filedOn: '2025-03-03' };
const INDICATORS = { recruitmentMethods: [], meansOfControl: [], exploitationTypes: [], destinationCountry: 'MY', transitPoints: ['Nunukan'], modus: [] };

async function errorsOf(type: new () => object, body: object) {
  const errors = await validate(plainToInstance(type, body), { whitelist: true, forbidNonWhitelisted: true });
  return errors.flatMap((e) => Object.values(e.constraints ?? {}));
}

// Found by the fuzz specs (test/fuzz): both reached PostgreSQL's jsonb and failed there as a 500.
describe('free text fields take only text PostgreSQL can store', () => {
  it.each([
    ['a NUL character', 'LP/B/123\u0000'],
    ['a lone high surrogate', 'LP/B/123\ud800'],
    ['a lone low surrogate', '\udfffLP/B/123'],
    ['surrogates in the wrong order', '\udc00\ud800'],
  ])('refuses %s, naming the field', async (_what, reportNumber) => {
    expect(await errorsOf(FilePoliceReportDto, { ...REPORT, reportNumber })).toEqual([
      'reportNumber must be text without NUL characters or unpaired surrogates',
    ]);
  });

  it('takes transit points only as port codes (or the old list’s names, or other), so no name (nor a NUL) hides in one', async () => {
    expect(await errorsOf(TraffickingIndicatorsDto, { ...INDICATORS, transitPoints: ['IDNNX', 'MYTWU', 'other'] })).toEqual([]);
    expect(await errorsOf(TraffickingIndicatorsDto, { ...INDICATORS, transitPoints: ['Nunukan', 'Tawau'] })).toEqual([]);
    for (const point of ['Tawau\u0000', 'rumah Pak Darto', 'nunukan', 'IDNNX ', 'idnnx', '']) {
      expect(await errorsOf(TraffickingIndicatorsDto, { ...INDICATORS, transitPoints: ['IDNNX', point] })).toEqual([
        expect.stringMatching(/^each value of transitPoints must be the code of a port of the ports list/),
      ]);
    }
  });

  it.each([
    ['emoji (surrogate pairs)', '\u{1F600} LP/B/123'],
    ['combining marks', 'S\u0301\u0327R'],
    ['right-to-left overrides', '\u202eLP/B/123\u202c'],
    ['other control characters', 'LP/B\t123\r\n'],
  ])('takes %s', async (_what, reportNumber) => {
    expect(await errorsOf(FilePoliceReportDto, { ...REPORT, reportNumber })).toEqual([]);
  });
});
