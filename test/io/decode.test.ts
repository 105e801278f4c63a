import { decodeText, looksBinary } from '../../src/io/decode';
import { encodeGb18030 } from './helpers';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => new Uint8Array(parts.flatMap((p) => Array.from(p)));

describe('decodeText', () => {
  test('plain UTF-8 is UTF-8', () => {
    expect(decodeText(utf8('项目名称,金额\n'))).toEqual({ text: '项目名称,金额\n', encoding: 'utf-8' });
  });

  test('a UTF-8 BOM is honoured and stripped', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8('项目名称')))).toEqual({ text: '项目名称', encoding: 'utf-8' });
  });

  test('only one BOM is stripped: a second one is content', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('a'))).text).toBe('\uFEFFa');
  });

  test('UTF-16 LE and BE BOMs', () => {
    // 项 = U+9879, 目 = U+76EE
    expect(decodeText(bytes([0xff, 0xfe, 0x79, 0x98, 0xee, 0x76, 0x2c, 0x00]))).toEqual({ text: '项目,', encoding: 'utf-16le' });
    expect(decodeText(bytes([0xfe, 0xff, 0x98, 0x79, 0x76, 0xee, 0x00, 0x2c]))).toEqual({ text: '项目,', encoding: 'utf-16be' });
  });

  test('known GB18030 bytes: cf ee c4 bf c3 fb b3 c6 is 项目名称', () => {
    expect(decodeText(bytes([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6]))).toEqual({ text: '项目名称', encoding: 'gb18030' });
  });

  test('a GB18030 CSV made by the test encoder decodes back', () => {
    const text = '项目名称,老干部工作专项经费\r\n项目总预算(元):,"14,624,640"\r\n产出目标,补贴人员数量,>=200人\r\n';
    const encoded = encodeGb18030(text);
    expect(encoded.slice(0, 8)).toEqual(bytes([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6]));
    expect(decodeText(encoded)).toEqual({ text, encoding: 'gb18030' });
  });

  test('empty input', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('looksBinary', () => {
  test('tables are text, images are not', () => {
    expect(looksBinary('项目名称\t金额\r\n补贴\t100\n')).toBe(false);
    expect(looksBinary('\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR')).toBe(true);
    expect(looksBinary('\uFFFD\uFFFD\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e abc')).toBe(true);
  });
});
