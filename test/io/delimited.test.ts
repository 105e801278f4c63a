import fc from 'fast-check';
import { parseDelimited } from '../../src/io/delimited';

const csv = (text: string) => parseDelimited(text, ',', 'S').values;
const tsv = (text: string) => parseDelimited(text, '\t', 'S').values;

describe('parseDelimited', () => {
  test('the snapshot shape: strings as written, empty → null, texts equal values, no formats, no merges', () => {
    const s = parseDelimited('项目总预算(元):,"14,624,640",,=100%\n产出,>=200人, 95% \n', ',', '表一');
    expect(s).toEqual({
      name: '表一',
      origin: { row: 0, col: 0 },
      values: [
        ['项目总预算(元):', '14,624,640', null, '=100%'],
        ['产出', '>=200人', ' 95% '],
      ],
      texts: [
        ['项目总预算(元):', '14,624,640', null, '=100%'],
        ['产出', '>=200人', ' 95% '],
      ],
      merges: [],
    });
    expect(s.formats).toBeUndefined();
  });

  test('quoted fields keep commas, doubled quotes and line breaks', () => {
    expect(csv('"a,b","say ""hi""","line1\nline2","x\r\ny"\n')).toEqual([['a,b', 'say "hi"', 'line1\nline2', 'x\r\ny']]);
    expect(csv('"""quoted"""\n""""\n')).toEqual([['"quoted"'], ['"']]);
  });

  test('an empty quoted field is empty', () => {
    expect(csv('"",a,""\n')).toEqual([[null, 'a', null]]);
  });

  test('CRLF, LF and CR line ends, mixed', () => {
    expect(csv('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  test('a trailing line break adds no row; trailing empty rows are dropped; inner empty rows stay', () => {
    expect(csv('a\n')).toEqual([['a']]);
    expect(csv('a\n\nb\n\n\n,,\n')).toEqual([['a'], [], ['b']]);
    expect(csv('')).toEqual([]);
    expect(csv('\n\n')).toEqual([]);
  });

  test('a trailing delimiter is one more empty field', () => {
    expect(csv('a,')).toEqual([['a', null]]);
    expect(tsv('a\t\t\nb')).toEqual([['a', null, null], ['b']]);
  });

  test('quotes inside a field are literal (real TSVs have them)', () => {
    const line = '保证项目实施的制度、措施:\t2、按照各区离休干部社区卫生服务中心离休干部"一门式"诊室数划拨';
    expect(tsv(line)).toEqual([['保证项目实施的制度、措施:', '2、按照各区离休干部社区卫生服务中心离休干部"一门式"诊室数划拨']]);
    expect(csv('5",6"\n')).toEqual([['5"', '6"']]);
  });

  test('a field that opens a quote but does not close it properly is literal, and the rest of the file survives', () => {
    expect(tsv('"一门式"诊室\tb\nc\td\n')).toEqual([
      ['"一门式"诊室', 'b'],
      ['c', 'd'],
    ]);
    expect(tsv('"never closed\tb\nc\td\n')).toEqual([
      ['"never closed', 'b'],
      ['c', 'd'],
    ]);
    expect(csv('"abc"def,g\n')).toEqual([['"abc"def', 'g']]);
  });

  test('a lone quote that does close properly is a quoted field, across the line break (RFC 4180 says so)', () => {
    expect(tsv('a\t"\nb\t"\n')).toEqual([['a', '\nb\t']]);
  });

  test('a ragged file keeps each row as long as written', () => {
    expect(tsv('a\tb\tc\nd\n\te')).toEqual([['a', 'b', 'c'], ['d'], [null, 'e']]);
  });

  test('round trip: any table written RFC-4180 style parses back', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '项', ',', '\t', '"', '\n', '\r', ' ', '=', '%') });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(table, fc.constantFrom<',' | '\t'>(',', '\t'), fc.constantFrom('\n', '\r\n'), (rows, d, eol) => {
        const quote = (s: string) => (/[",\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
        const text = rows.map((r) => r.map(quote).join(d)).join(eol);
        const expected = rows.map((r) => {
          const v = r.map((s) => (s === '' ? null : s));
          return v.length === 1 && v[0] === null ? [] : v;
        });
        while (expected.length > 0 && expected[expected.length - 1].every((v) => v === null)) expected.pop();
        expect(parseDelimited(text, d, 'S').values).toEqual(expected);
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  test('never throws, and never swallows a line break outside a properly closed quote', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '"', ',', '\n') });
    fc.assert(
      fc.property(text, (t) => {
        const rows = csv(t);
        const lines = t.split('\n');
        if (t.endsWith('\n')) lines.pop();
        while (lines.length > 0 && /^,*$/.test(lines[lines.length - 1])) lines.pop();
        // Without quotes every line is a row; with them there can only be fewer (quoted line breaks).
        if (t.includes('"')) expect(rows.length).toBeLessThanOrEqual(lines.length);
        else expect(rows.length).toBe(lines.length);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  test('unbalanced quotes on every line stay linear', () => {
    const lines = 200_000;
    for (const [line, last] of [
      ['"open\tb"c\n', ['"open', 'b"c']],
      ['"open\tb\n', ['"open', 'b']],
      ['a\t"x\n', ['a', '"x']],
    ] as const) {
      const t0 = Date.now();
      const rows = tsv(line.repeat(lines));
      expect(Date.now() - t0).toBeLessThan(3000);
      expect(rows.length).toBe(lines);
      expect(rows[lines - 1]).toEqual(last);
    }
  });

  // Linear, not fast: speed is a figure of `npm run bench`; the bound only catches a parser gone quadratic (minutes).
  test('a 200,000-row CSV parses in linear time', () => {
    const rows = 200_000;
    const parts: string[] = [];
    for (let i = 0; i < rows; i++) parts.push(`${i},项目${i},"1,${i}",>=95%,`);
    const text = parts.join('\r\n') + '\r\n';
    const t0 = Date.now();
    const s = parseDelimited(text, ',', 'big');
    const ms = Date.now() - t0;
    expect(s.values.length).toBe(rows);
    expect(s.values[rows - 1]).toEqual(['199999', '项目199999', '1,199999', '>=95%', null]);
    expect(ms).toBeLessThan(8000);
  });
});
