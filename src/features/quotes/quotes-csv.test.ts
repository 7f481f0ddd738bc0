import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './quotes-csv';

describe('csvField', () => {
  it('neutralises formula injection with a leading apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('1+1=2')).toBe('1+1=2');
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain 中文')).toBe('plain 中文');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends each record with CRLF', () => {
    const csv = toCsv([
      ['id', 'text'],
      ['q1', '「投降」, he said'],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('id,text\r\nq1,"「投降」, he said"\r\n');
  });
});
