/**
 * Give one cell of an .xlsx a solid fill, as a user colouring it in Excel would: add a fill and a cell format that
 * uses it to xl/styles.xml, and point the cell at that format. Enough for the tests' workbooks (first sheet only).
 */
import { crc32, storedZip, unpackZip, type ZipEntry } from '../../../src/io/zip';


/** `bytes` with cell `cell` of the first sheet filled with `argb` (`FFC6EFCE`). */
export function withFill(bytes: Uint8Array, cell: string, argb: string): Uint8Array {
  const entries = unpackZip(bytes, 64 * 1024 * 1024);
  const text = (name: string): string => {
    const entry = entries.find((e) => e.name === name);
    if (!entry) throw new Error(`${name} is not in the workbook`);
    return Buffer.from(entry.data).toString('utf8');
  };
  const put = (name: string, content: string): void => {
    const data = new Uint8Array(Buffer.from(content, 'utf8'));
    const i = entries.findIndex((e) => e.name === name);
    const entry: ZipEntry = { ...entries[i], data, crc: crc32(data) };
    entries[i] = entry;
  };

  let styles = text('xl/styles.xml');
  const fillCount = Number(/<fills count="(\d+)"/.exec(styles)?.[1]);
  styles = styles.replace(/<fills count="\d+">/, `<fills count="${fillCount + 1}">`);
  styles = styles.replace(
    '</fills>',
    `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill></fills>`,
  );
  const xfCount = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
  styles = styles.replace(/<cellXfs count="\d+">/, `<cellXfs count="${xfCount + 1}">`);
  styles = styles.replace(
    '</cellXfs>',
    `<xf numFmtId="0" fontId="0" fillId="${fillCount}" borderId="0" xfId="0" applyFill="true"/></cellXfs>`,
  );
  put('xl/styles.xml', styles);

  const sheetName = 'xl/worksheets/sheet1.xml';
  const sheet = text(sheetName);
  const open = new RegExp(`<c r="${cell}"( s="\\d+")?`);
  if (!open.test(sheet)) throw new Error(`cell ${cell} is not written in ${sheetName}`);
  put(sheetName, sheet.replace(open, `<c r="${cell}" s="${xfCount}"`));
  return storedZip(entries);
}

/** `bytes` with cell `cell` of the first sheet emptied (its value removed, its format kept), as a user deleting it. */
export function withEmptyCell(bytes: Uint8Array, cell: string): Uint8Array {
  const entries = unpackZip(bytes, 64 * 1024 * 1024);
  const i = entries.findIndex((e) => e.name === 'xl/worksheets/sheet1.xml');
  const xml = Buffer.from(entries[i].data).toString('utf8');
  const re = new RegExp(`<c r="${cell}"([^>]*?)(?: t="[^"]*")?([^>]*?)>[\\s\\S]*?</c>`);
  if (!re.test(xml)) throw new Error(`cell ${cell} is not written in the first sheet`);
  const data = new Uint8Array(Buffer.from(xml.replace(re, `<c r="${cell}"$1$2/>`), 'utf8'));
  entries[i] = { ...entries[i], data, crc: crc32(data) };
  return storedZip(entries);
}

/** The seed table stacked `n` times down one sheet (a blank row between), as .xlsx bytes: a big workbook. */
export function stackedSeed(n: number, tsv: string): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const XLSX = require('@e965/xlsx') as typeof import('@e965/xlsx');
  const rows = tsv.split('\n').map((l) => l.split('\t'));
  const aoa: string[][] = [];
  for (let i = 0; i < n; i++) aoa.push(...rows, []);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Sheet1');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
