/** Text files decided on evidence: the encoding, the delimiter, and HTML tables saved as ".xls". */
import { readWorkbookBytes } from '../../src/io';
import { decodeText, utf8Evidence } from '../../src/io/decode';
import { pickDelimiter } from '../../src/io/delimited';
import { encodeGb18030 } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const TABLE = '项目名称,社区养老服务\n年度目标,为辖区老人提供上门服务\n一级指标,二级指标\n';

describe('encoding', () => {
  test('a stray byte in a UTF-8 file does not turn it into GB18030: the stray becomes U+FFFD, the rest reads', () => {
    const bytes = new Uint8Array([...utf8(TABLE), 0xff, ...utf8('满意度指标,≥90%\n')]);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('utf-8');
    expect(text).toContain('社区养老服务');
    expect(text).toContain('\ufffd满意度指标');
  });

  test('GBK text breaks UTF-8 at nearly every character: it is GB18030', () => {
    const gb = encodeGb18030(TABLE);
    expect(utf8Evidence(gb).invalid).toBeGreaterThan(2 * utf8Evidence(gb).valid);
    expect(decodeText(gb)).toEqual({ text: TABLE, encoding: 'gb18030' });
  });

  test('even a short UTF-8 file with one stray byte', () => {
    expect(decodeText(new Uint8Array([...utf8('名称,值'), 0x80])).encoding).toBe('utf-8');
  });
});

describe('delimiter by consistency', () => {
  test('a TSV saved as .csv, with commas in its narrative, is split on the tabs', () => {
    const tsv = ['项目名称\t社区养老服务\t实施单位\t街道', '年度目标\t上门服务, 包括助餐, 助洁, 助浴\t\t', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t服务人次\t≥2000人次'].join('\n');
    expect(pickDelimiter(tsv, ',')).toBe('\t');
    const read = readWorkbookBytes(utf8(tsv), 'export.csv');
    expect(read.format).toBe('tsv');
    expect(read.sheets[0].values[1]).toEqual(['年度目标', '上门服务, 包括助餐, 助洁, 助浴', null, null]);
  });

  test('a CSV whose quoted fields hold tabs stays a CSV', () => {
    const text = 'a,"x\ty",c\nd,"p\tq",f\ng,h,i\n';
    expect(pickDelimiter(text, ',')).toBe(',');
  });

  test('the extension wins a tie and when neither appears', () => {
    expect(pickDelimiter('a\tb,c\n', ',')).toBe(',');
    expect(pickDelimiter('a\tb,c\n', '\t')).toBe('\t');
    expect(pickDelimiter('one cell\n', ',')).toBe(',');
  });
});

describe('HTML tables under .xls', () => {
  const read = (html: string) => readWorkbookBytes(utf8(html), 'export.xls');

  test('row and column spans place the cells after them, and become merges', () => {
    const r = read('<table><tr><td rowspan="2">一级</td><td colspan="2">二级</td><td>x</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>');
    const s = r.sheets[0];
    expect(s.values).toEqual([
      ['一级', '二级', null, 'x'],
      [null, 'a', 'b', 'c'],
    ]);
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 2 },
    ]);
  });

  test('text as a browser shows it: entities, <br>, white space; numbers and percents as numbers', () => {
    const s = read('<table><tr><td> 甲&amp;乙&#20013;&nbsp;丙 </td><td>第一行<br>第二行</td><td>1,234.5</td><td>95%</td><td><b>粗</b>体</td></tr></table>').sheets[0];
    expect(s.values[0]).toEqual(['甲&乙中 丙', '第一行\n第二行', 1234.5, 0.95, '粗体']);
    expect(s.texts?.[0]).toEqual(['甲&乙中 丙', '第一行\n第二行', '1,234.5', '95%', '粗体']);
  });

  test('each table is a sheet; a table inside a cell is that cell\'s text', () => {
    const r = read('<p>说明</p><table><tr><td>A<table><tr><td>内</td></tr></table></td></tr></table><table><tr><td>B</td></tr></table>');
    expect(r.sheets.map((s) => [s.name, s.values])).toEqual([
      ['Sheet1', [['A 内']]],
      ['Sheet2', [['B']]],
    ]);
  });

  test('linear in cells and spans: 40,000 spanning cells read in well under a second', () => {
    const html = `<table>${'<tr><td rowspan="2">x</td><td colspan="3">y</td></tr><tr><td>z</td></tr>'.repeat(20_000)}</table>`;
    const t0 = Date.now();
    const s = read(html).sheets[0];
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(s.merges).toHaveLength(40_000);
    expect(s.values[1]).toEqual([null, 'z']);
  });
});
