import { describe, expect, it } from 'vitest';
import { type CsvCell, csvField, toCsv } from './csv.js';

describe('csvField', () => {
  it.each<[CsvCell, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rinside', '"cr\rinside"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+34 600 000 000', "'+34 600 000 000"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['José Núñez', 'José Núñez'],
    [12, '12'],
    [0.5, '0.5'],
    [true, 'yes'],
    [false, 'no'],
    [null, ''],
  ])('writes %j as %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });

  it('refuses a number that is not finite rather than writing NaN into a report', () => {
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });
});

describe('toCsv', () => {
  it('ends every record, the last included, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 'x,y'],
      ]),
    ).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
