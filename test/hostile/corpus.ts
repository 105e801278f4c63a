/**
 * The hostile corpus: files a checker that opens strangers' files must survive, generated here (nothing large is
 * checked in). Each case says what it probes and what ptcheck must make of it. The corpus test (corpus.test.ts)
 * runs the CLI over the whole folder and checks every outcome; `npm run bench` runs each case alone and prints its
 * time and peak memory. Run `node dist/node/test/hostile/corpus.js OUT_DIR [--full]` to write it for a look.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as XLSX from '@e965/xlsx';

/** What ptcheck must make of a case. */
export interface Expected {
  verdict: 'ready' | 'not-ready' | 'unreadable';
  /** With unreadable: the JSON report's errorCode, and the limit that refused it, when one did. */
  errorCode?: string;
  limit?: string;
  /** Text the file's part of the Chinese text report must contain (the message names the limit or the part). */
  says?: (string | RegExp)[];
}

export interface HostileCase {
  /** The file name in the corpus folder. */
  name: string;
  /** What it probes. */
  probe: string;
  expect: Expected;
  /** Write the case into `dir` (full: the bench's full-size variant where there is one). */
  make(dir: string, full: boolean): void;
  /** Cases that need a POSIX file system (FIFOs, devices, control characters in names). */
  posixOnly?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks.

/** A table a reviewer accepts (ptcheck: 可以发送), as rows of cells. */
export const CLEAN_ROWS: string[][] = [
  ['财政项目支出绩效目标表', '', '', ''],
  ['(2023年度)', '', '', ''],
  ['项目名称', '社区养老服务', '实施单位', '某街道办事处'],
  ['主管部门', '某区民政局', '项目期', '2023.01-2023.12'],
  ['年度资金总额（万元）', '80', '其中：财政拨款', '80'],
  ['年度目标', '为辖区老人提供上门服务', '', ''],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '服务人次', '≥2000人次'],
  ['产出指标', '质量指标', '服务合格率', '≥95%'],
  ['产出指标', '时效指标', '服务完成及时率', '=100%'],
  ['产出指标', '成本指标', '人均服务成本', '≤400元'],
  ['效益指标', '社会效益指标', '老人生活质量', '提升'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'],
];

const csv = (rows: string[][], d = ','): string => rows.map((r) => r.map((c) => (/[",\n\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(d)).join('\n') + '\n';
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** One zip entry as it is to be written: the data deflated (or stored), or given already packed with its sizes. */
export interface RawEntry {
  name: string;
  data?: Uint8Array;
  stored?: boolean;
  packed?: Uint8Array;
  size?: number;
  crc?: number;
  /** Write no data of its own: point at the local header of the entry with this index (a zip bomb's trick). */
  sameAs?: number;
}

/** A zip of `entries`, written byte by byte so sizes, offsets and overlaps are whatever a case needs. */
export function zip(entries: RawEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  const locals: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = utf8(e.name);
    const packed = e.packed ?? (e.stored ? Buffer.from(e.data!) : zlib.deflateRawSync(e.data!));
    const size = e.size ?? e.data!.length;
    const crc = e.crc ?? zlib.crc32(e.data!);
    const method = e.stored ? 0 : 8;
    let at = offset;
    if (e.sameAs !== undefined) at = locals[e.sameAs];
    else {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(packed.length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      chunks.push(local, name, Buffer.from(packed));
      offset += 30 + name.length + packed.length;
    }
    locals.push(at);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(packed.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(at, 42);
    central.push(c, name);
  }
  const cdStart = offset;
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(cdStart, 16);
  return Buffer.concat([...chunks, cd, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const escapeXml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Worksheet XML with these rows as inline strings, then `extra` (merges and the like) after the sheet data. */
export function sheetXml(rows: string[][], extra = ''): string {
  const body = rows
    .map((r, i) => `<row r="${i + 1}">${r.map((v, c) => (v === '' ? '' : `<c r="${columnName(c)}${i + 1}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`)).join('')}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${RNS}"><sheetData>${body}</sheetData>${extra}</worksheet>`;
}

interface Part {
  name: string;
  data?: Uint8Array | string;
  raw?: Omit<RawEntry, 'name'>;
}

/**
 * An .xlsx made of these sheets (name → worksheet XML, or null for a sheet whose part is left out) and any
 * extra parts; `sheetsXml` replaces workbook.xml's <sheets> element when given.
 */
export function xlsx(sheets: [string, string | Part['raw'] | null][], extra: Part[] = [], options: { sheetsXml?: string; sst?: string } = {}): Buffer {
  const parts: Part[] = [];
  const overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  parts.push({
    name: '[Content_Types].xml',
    data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${options.sst !== undefined ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
  });
  parts.push({ name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` });
  const sheetList = options.sheetsXml ?? `<sheets>${sheets.map(([name], i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>`;
  parts.push({ name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${RNS}">${sheetList}</workbook>` });
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const sstRel = options.sst !== undefined ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '';
  parts.push({ name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${sstRel}</Relationships>` });
  if (options.sst !== undefined) parts.push({ name: 'xl/sharedStrings.xml', data: options.sst });
  sheets.forEach(([, content], i) => {
    if (content === null) return;
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    parts.push(typeof content === 'string' ? { name, data: content } : { name, raw: content });
  });
  parts.push(...extra);
  return zip(parts.map((p) => (p.raw ? { name: p.name, ...p.raw } : { name: p.name, data: typeof p.data === 'string' ? utf8(p.data) : p.data! })));
}

/** `prefix`, then `repeat` MB of spaces, then `suffix`, deflated without holding it all: a bomb's sheet part. */
export function inflatingTo(prefix: string, repeatMb: number, suffix: string): Omit<RawEntry, 'name'> {
  const mb = Buffer.alloc(1 << 20, 0x20);
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const head = zlib.deflateRawSync(utf8(prefix), flush);
  const body = zlib.deflateRawSync(mb, flush);
  const tail = zlib.deflateRawSync(utf8(suffix));
  const chunks = [head];
  let crc = zlib.crc32(utf8(prefix));
  for (let i = 0; i < repeatMb; i++) {
    chunks.push(body);
    crc = zlib.crc32(mb, crc);
  }
  chunks.push(tail);
  crc = zlib.crc32(utf8(suffix), crc);
  return { packed: Buffer.concat(chunks), size: utf8(prefix).length + repeatMb * mb.length + utf8(suffix).length, crc };
}

/** A workbook written by SheetJS (for cases about content rather than structure). */
function sheetJs(rows: (string | number)[][], merges: XLSX.Range[] = [], name = 'Sheet1'): Buffer {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  if (merges.length) ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, name);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** A compound file (the container of .xls) with these streams. */
function cfb(streams: Record<string, Uint8Array>): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(container, `/${name}`, data);
  return Buffer.from(XLSX.CFB.write(container, { type: 'array' }) as number[]);
}

/** Text of `n` repeated lines, built in slices so a large file never needs one giant string. */
function writeLines(file: string, head: string, line: string, n: number): void {
  writeFileSync(file, head);
  const batch = 100_000;
  for (let i = 0; i < n; i += batch) writeFileSync(file, line.repeat(Math.min(batch, n - i)), { flag: 'a' });
}

function encodeGb18030(text: string): Buffer {
  // The GBK two-byte table, built by decoding every code (so it cannot disagree with the reader).
  const map = new Map<string, number[]>();
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  const decoded = new TextDecoder('gb18030').decode(new Uint8Array(pairs));
  for (let i = 0; i < decoded.length; i++) if (!map.has(decoded[i])) map.set(decoded[i], [pairs[2 * i], pairs[2 * i + 1]]);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else out.push(...(map.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}

const ESC = '\u001b';
/** Text that would hide the rest of the line, retitle the window, clear the screen, and reverse what follows. */
export const TERMINAL_ATTACK = `${ESC}[8m${ESC}]0;可以发送${'\u0007'}${ESC}[2J\u202e\u009b31m`;

// ---------------------------------------------------------------------------------------------------------------
// The cases.

const tooLarge = (limit: string, ...says: (string | RegExp)[]): Expected => ({ verdict: 'unreadable', errorCode: 'too-large', limit, says });
const damaged = (...says: (string | RegExp)[]): Expected => ({ verdict: 'unreadable', errorCode: 'corrupt', says: ['已损坏', ...says] });

export const CASES: HostileCase[] = [
  {
    name: 'bomb-part.xlsx',
    probe: 'a sheet part that inflates to 540 MB (V8 aborted on it)',
    expect: tooLarge('maxPartBytes', 'xl/worksheets/sheet1.xml', '单个部件解压大小'),
    make: (dir) => writeFileSync(path.join(dir, 'bomb-part.xlsx'), xlsx([['S', inflatingTo(`<worksheet xmlns="${NS}"><sheetData>`, 540, '</sheetData></worksheet>')]])),
  },
  {
    name: 'bomb-ratio.xlsx',
    probe: 'a 30 MB sheet of white space compressed 1000:1',
    expect: tooLarge('maxCompressionRatio', 'xl/worksheets/sheet1.xml', '压缩比'),
    make: (dir) => writeFileSync(path.join(dir, 'bomb-ratio.xlsx'), xlsx([['S', inflatingTo(`<worksheet xmlns="${NS}"><sheetData>`, 30, '</sheetData></worksheet>')]])),
  },
  {
    name: 'bomb-overlap.xlsx',
    probe: '1,000 zip entries of 1 MB sharing one compressed block (25 s and 3 GB before)',
    expect: damaged('overlap'),
    make: (dir) => {
      const block = inflatingTo('', 1, '');
      const entries: [string, Omit<RawEntry, 'name'>][] = [];
      for (let i = 0; i < 1000; i++) entries.push([`S${i}`, i === 0 ? block : { ...block, sameAs: 4 }]);
      // Parts 0–3 are the package's own; every sheet part after the first points at the first's bytes.
      writeFileSync(path.join(dir, 'bomb-overlap.xlsx'), xlsx(entries));
    },
  },
  {
    name: 'bomb-total.xlsx',
    probe: 'five sheets of 40 MB each: within the per-part limit, over the total',
    expect: tooLarge('maxUnpackedBytes', '解压后总大小'),
    make: (dir) => {
      // Numbered rows compress about 10:1, under the ratio limit, so the total is what refuses it.
      const rows: string[] = [];
      let size = 0;
      for (let i = 1; size < 40 * 1024 * 1024; i++) {
        const row = `<row r="${i}"><c r="A${i}"><v>${(i * 7919) % 1000003}</v></c><c r="B${i}"><v>${i}</v></c></row>`;
        rows.push(row);
        size += row.length;
      }
      const data = utf8(`<worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`);
      // Level 1: a quarter of the time of the default level, still well under the ratio limit.
      const raw = { packed: zlib.deflateRawSync(data, { level: 1 }), size: data.length, crc: zlib.crc32(data) };
      writeFileSync(path.join(dir, 'bomb-total.xlsx'), xlsx([1, 2, 3, 4, 5].map((i) => [`S${i}`, raw])));
    },
  },
  {
    name: 'merges-150k.xlsx',
    probe: '150,000 distinct merged areas (100,000 took 100 s before)',
    expect: tooLarge('maxMerges', '合并区域数'),
    make: (dir) => writeFileSync(path.join(dir, 'merges-150k.xlsx'), mergedRows(150_000)),
  },
  {
    name: 'merges-90k.xlsx',
    probe: '90,000 merged areas under a real table (30,000 in the test): read and checked (linear now)',
    expect: { verdict: 'not-ready', says: ['财政项目支出绩效目标表', '还不能发送'] },
    make: (dir, full) => writeFileSync(path.join(dir, 'merges-90k.xlsx'), mergedRows(full ? 90_000 : 30_000)),
  },
  {
    name: 'merges-overlapping.xlsx',
    probe: '2,000 merges each over A1:Z1000 (52 million covered cells)',
    expect: tooLarge('maxMergedCells', '合并覆盖单元格数'),
    make: (dir) => {
      const rows = CLEAN_ROWS.map((r) => [...r]);
      for (let i = 0; i < 1000; i++) rows.push(['x', ...Array(25).fill('')]);
      const merges = Array.from({ length: 2000 }, () => ({ s: { r: 0, c: 0 }, e: { r: 999, c: 25 } }));
      writeFileSync(path.join(dir, 'merges-overlapping.xlsx'), sheetJs(rows, merges));
    },
  },
  {
    name: 'junk-100k.csv',
    probe: 'a table followed by 100,000 one-letter rows (100 s before: quadratic)',
    expect: { verdict: 'ready', says: ['财政项目支出绩效目标表', '可以发送'] },
    make: (dir) => writeLines(path.join(dir, 'junk-100k.csv'), csv(CLEAN_ROWS) + '\n', 'x\n', 100_000),
  },
  {
    name: 'rows-1m.csv',
    probe: '1,048,576 rows (more than 120 s before)',
    expect: tooLarge('maxFilledCells', '单元格数'),
    make: (dir) => writeLines(path.join(dir, 'rows-1m.csv'), csv(CLEAN_ROWS), 'x\n', 1_048_576 - CLEAN_ROWS.length),
  },
  {
    name: 'lines-2m.csv',
    probe: 'a table, then two million empty lines: past the rows of an Excel sheet',
    expect: tooLarge('excelGrid', '1,048,576'),
    make: (dir) => writeLines(path.join(dir, 'lines-2m.csv'), csv(CLEAN_ROWS), '\n', 2_000_000),
  },
  {
    name: 'rows-1m.xlsx',
    probe: 'an .xlsx of 1,048,576 rows: refused by its cell count before the parse',
    expect: tooLarge('maxFilledCells', '单元格数'),
    make: (dir) => {
      const rows: string[] = [];
      for (let i = 1; i <= 1_048_576; i++) rows.push(`<row r="${i}"><c><v>1</v></c></row>`);
      writeFileSync(path.join(dir, 'rows-1m.xlsx'), xlsx([['S', `<worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`]]));
    },
  },
  {
    name: 'wide.csv',
    probe: 'a line of 20,000 fields: beyond column XFD',
    expect: tooLarge('excelGrid', '16,384'),
    make: (dir) => writeFileSync(path.join(dir, 'wide.csv'), csv(CLEAN_ROWS) + 'a,'.repeat(20_000) + '\n'),
  },
  {
    name: 'huge.csv',
    probe: 'a CSV far over the cell limit (190 MB in the bench), refused while parsing',
    expect: tooLarge('maxFilledCells', '单元格数'),
    make: (dir, full) => writeLines(path.join(dir, 'huge.csv'), csv(CLEAN_ROWS), 'a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p\n', full ? 6_000_000 : 400_000),
  },
  {
    name: 'spans.xls',
    probe: 'an HTML "xls" with 40,000 spanning cells (more than 120 s before)',
    expect: { verdict: 'ready', says: ['财政项目支出绩效目标表', '可以发送'] },
    make: (dir) => {
      const table = CLEAN_ROWS.map((r) => `<tr>${r.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`).join('');
      const spans = Array.from({ length: 20_000 }, () => '<tr><td rowspan="2">x</td><td colspan="3">y</td></tr><tr><td>z</td></tr>').join('');
      // The spans in a second table (a second sheet), so the first still reads as a clean table.
      writeFileSync(path.join(dir, 'spans.xls'), `<html><body><table>${table}</table><table>${spans}</table></body></html>`);
    },
  },
  {
    name: 'spans-150k.xls',
    probe: 'an HTML "xls" with 150,000 spans: over the merge limit',
    expect: tooLarge('maxMerges', '合并区域数'),
    make: (dir) => writeFileSync(path.join(dir, 'spans-150k.xls'), `<table>${'<tr><td colspan="2">x</td></tr>'.repeat(150_000)}</table>`),
  },
  {
    name: 'html-deep.xls',
    probe: 'an HTML "xls" of 50,000 nested tables',
    expect: { verdict: 'not-ready', says: ['没有找到'] },
    make: (dir) => writeFileSync(path.join(dir, 'html-deep.xls'), `${'<table><tr><td>'.repeat(50_000)}x${'</td></tr></table>'.repeat(50_000)}`),
  },
  {
    name: 'findings-120k.csv',
    probe: 'a table of 120,000 indicator rows giving as many findings (20,000 in the test; 700,000 crashed the text report)',
    expect: { verdict: 'not-ready', says: [/另有 \d{2,3},00\d 个问题未列出/, '每个文件问题数'] },
    make: (dir, full) => writeLines(path.join(dir, 'findings-120k.csv'), csv(CLEAN_ROWS.slice(0, 7)), '产出指标,数量指标,服务人次,>=较好\n', full ? 120_000 : 20_000),
  },
  {
    name: 'cell-5m.csv',
    probe: 'a target cell of 5 million characters (15 MB of output before)',
    expect: { verdict: 'not-ready', says: ['…'] },
    make: (dir) => {
      const rows = CLEAN_ROWS.map((r) => [...r]);
      rows[7][3] = `≥${'9'.repeat(5_000_000)}人次`;
      writeFileSync(path.join(dir, 'cell-5m.csv'), csv(rows));
    },
  },
  {
    name: 'long-line.csv',
    probe: 'a 20 MB line with no delimiter and no line break (5 MB in the test)',
    expect: { verdict: 'not-ready', says: ['没有找到'] },
    make: (dir, full) => writeFileSync(path.join(dir, 'long-line.csv'), 'x'.repeat((full ? 20 : 5) * 1024 * 1024)),
  },
  {
    name: 'quotes.csv',
    probe: 'a million quote characters in odd places',
    expect: { verdict: 'not-ready', says: ['没有找到'] },
    make: (dir) => writeFileSync(path.join(dir, 'quotes.csv'), '"a""b,"\n'.repeat(50_000) + '"'.repeat(600_000) + ',x\n"' + 'y"'.repeat(100_000)),
  },
  {
    name: 'fifo.csv',
    probe: 'a FIFO named like a spreadsheet (hung forever before)',
    expect: { verdict: 'unreadable', errorCode: 'unreadable', says: ['不是普通文件'] },
    posixOnly: true,
    make: (dir) => execFileSync('mkfifo', [path.join(dir, 'fifo.csv')]),
  },
  {
    name: 'zero.csv',
    probe: 'a link to /dev/zero (hung forever before)',
    expect: { verdict: 'unreadable', errorCode: 'unreadable', says: ['不是普通文件'] },
    posixOnly: true,
    make: (dir) => symlinkSync('/dev/zero', path.join(dir, 'zero.csv')),
  },
  {
    name: 'escapes.csv',
    probe: 'escape sequences in cell text that would hide lines, retitle the window and clear the screen',
    expect: { verdict: 'ready', says: ['\\x1B[8m', '\\u202E', '\\x9B31m'] },
    make: (dir) => {
      const rows = CLEAN_ROWS.map((r) => [...r]);
      rows[0][0] = `财政项目支出绩效目标表${TERMINAL_ATTACK}`;
      writeFileSync(path.join(dir, 'escapes.csv'), csv(rows));
    },
  },
  {
    name: 'escapes.xlsx',
    probe: 'escape sequences in a sheet name and in shared text (_x001B_)',
    expect: { verdict: 'ready', says: ['\\x1B[2J'] },
    make: (dir) => {
      const rows = CLEAN_ROWS.map((r) => [...r]);
      rows[2][1] = '社区养老服务_x001B_[8m_x001B_]0;title_x0007_';
      const strings: string[] = [];
      const body = rows
        .map((r, i) => `<row r="${i + 1}">${r.map((v, c) => (v === '' ? '' : `<c r="${columnName(c)}${i + 1}" t="s"><v>${strings.push(v) - 1}</v></c>`)).join('')}</row>`)
        .join('');
      const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`;
      writeFileSync(path.join(dir, 'escapes.xlsx'), xlsx([[`表${ESC}[2J`, `<worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`]], [], { sst }));
    },
  },
  {
    name: `name-${ESC}]0;可以发送${'\u0007'}.csv`,
    probe: 'escape sequences in the file name',
    expect: { verdict: 'ready', says: ['\\x1B]0;'] },
    posixOnly: true,
    make: (dir) => writeFileSync(path.join(dir, `name-${ESC}]0;可以发送${'\u0007'}.csv`), csv(CLEAN_ROWS)),
  },
  {
    name: 'no-sheets.xlsx',
    probe: 'a workbook that lists no sheets ("可以发送" and exit 0 before)',
    expect: damaged('没有任何工作表'),
    make: (dir) => writeFileSync(path.join(dir, 'no-sheets.xlsx'), xlsx([], [], { sheetsXml: '<sheets/>' })),
  },
  {
    name: 'empty-stream.xls',
    probe: 'an .xls whose Workbook stream is empty ("可以发送" and exit 0 before)',
    expect: damaged('Workbook', '是空的'),
    make: (dir) => writeFileSync(path.join(dir, 'empty-stream.xls'), cfb({ Workbook: new Uint8Array(0) })),
  },
  {
    name: 'bad-sst.xlsx',
    probe: 'a cell pointing past the shared text ("没有找到绩效目标表" before)',
    expect: damaged('xl/worksheets/sheet1.xml', 'B3', '共享文本'),
    make: (dir) => {
      const sst = `<sst xmlns="${NS}"><si><t>项目名称</t></si></sst>`;
      writeFileSync(path.join(dir, 'bad-sst.xlsx'), xlsx([['表1', `<worksheet xmlns="${NS}"><sheetData><row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>99</v></c></row></sheetData></worksheet>`]], [], { sst }));
    },
  },
  {
    name: 'garbage-sheet.xlsx',
    probe: 'a sheet part of garbage ("没有找到绩效目标表" before)',
    expect: damaged('xl/worksheets/sheet2.xml', '表2'),
    make: (dir) => writeFileSync(path.join(dir, 'garbage-sheet.xlsx'), xlsx([['表1', sheetXml(CLEAN_ROWS)], ['表2', '\u0001\u0002 not xml at all <<<< ']])),
  },
  {
    name: 'missing-part.xlsx',
    probe: 'a sheet whose part is missing ("没有找到绩效目标表" before)',
    expect: damaged('xl/worksheets/sheet1.xml', '缺失'),
    make: (dir) => writeFileSync(path.join(dir, 'missing-part.xlsx'), xlsx([['表1', null]])),
  },
  {
    name: 'beyond-xfd.xlsx',
    probe: 'a cell in column XFE, past the last column (accepted before)',
    expect: damaged('XFE1'),
    make: (dir) => writeFileSync(path.join(dir, 'beyond-xfd.xlsx'), xlsx([['表1', sheetXml(CLEAN_ROWS).replace('</sheetData>', '<row r="20"><c r="XFE1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')]])),
  },
  {
    name: 'stray-byte.csv',
    probe: 'a UTF-8 table with one stray byte ("不是电子表格" before)',
    expect: { verdict: 'ready', says: ['财政项目支出绩效目标表', '可以发送'] },
    make: (dir) => writeFileSync(path.join(dir, 'stray-byte.csv'), Buffer.concat([utf8(csv(CLEAN_ROWS)), Buffer.from([0xff, 0x0a])])),
  },
  {
    name: 'tsv-named.csv',
    probe: 'a TSV saved as .csv whose narrative has commas (split on the commas before)',
    expect: { verdict: 'ready', says: ['财政项目支出绩效目标表', '可以发送'] },
    make: (dir) => {
      const rows = CLEAN_ROWS.map((r) => [...r]);
      rows[5][1] = '为辖区老人提供上门服务, 包括助餐, 助洁, 助浴, 助医, 以及陪同就医';
      writeFileSync(path.join(dir, 'tsv-named.csv'), rows.map((r) => r.join('\t')).join('\n') + '\n');
    },
  },
  {
    name: 'gb18030.csv',
    probe: 'a table saved by Chinese Excel in GB18030',
    expect: { verdict: 'ready', says: ['财政项目支出绩效目标表', '可以发送'] },
    make: (dir) => writeFileSync(path.join(dir, 'gb18030.csv'), encodeGb18030(csv(CLEAN_ROWS))),
  },
  {
    name: 'entities.xlsx',
    probe: 'an entity-expansion bomb in the shared text (inert)',
    expect: { verdict: 'ready', says: ['财政项目支出绩效目标表', '可以发送'] },
    make: (dir) => {
      const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)].join('');
      const strings: string[] = [];
      const body = CLEAN_ROWS.map((r, i) => `<row r="${i + 1}">${r.map((v, c) => (v === '' ? '' : `<c r="${columnName(c)}${i + 1}" t="s"><v>${strings.push(v) - 1}</v></c>`)).join('')}</row>`).join('');
      const sst = `<?xml version="1.0"?><!DOCTYPE sst [${lol}]><sst xmlns="${NS}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}<si><t>&lol9;</t></si></sst>`;
      writeFileSync(path.join(dir, 'entities.xlsx'), xlsx([['表1', `<worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`]], [], { sst }));
    },
  },
  {
    name: 'many-sheets.xlsx',
    probe: '900 sheets, the table on the last',
    expect: { verdict: 'ready', says: ['财政项目支出绩效目标表', '可以发送'] },
    make: (dir) => writeFileSync(path.join(dir, 'many-sheets.xlsx'), manySheets(900)),
  },
  {
    name: 'parts-3000.xlsx',
    probe: '3,000 sheets (10 s before: SheetJS looks parts up one by one)',
    expect: tooLarge('maxParts', '部件数'),
    make: (dir) => writeFileSync(path.join(dir, 'parts-3000.xlsx'), manySheets(3000)),
  },
  {
    name: 'encrypted.xlsx',
    probe: 'a password-protected workbook',
    expect: { verdict: 'unreadable', errorCode: 'encrypted', says: ['密码'] },
    make: (dir) =>
      writeFileSync(
        path.join(dir, 'encrypted.xlsx'),
        cfb({ EncryptionInfo: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...utf8('<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>')]), EncryptedPackage: new Uint8Array(4096) }),
      ),
  },
  {
    name: 'truncated.xlsx',
    probe: 'a workbook cut off half way',
    expect: damaged(),
    make: (dir) => {
      const whole = sheetJs(CLEAN_ROWS);
      writeFileSync(path.join(dir, 'truncated.xlsx'), whole.subarray(0, whole.length >> 1));
    },
  },
  {
    name: 'empty.csv',
    probe: 'an empty file',
    expect: { verdict: 'unreadable', errorCode: 'empty-file', says: ['空文件'] },
    make: (dir) => writeFileSync(path.join(dir, 'empty.csv'), ''),
  },
  {
    name: 'clean.xlsx',
    probe: 'a clean table among the hostile files: its report is untouched by theirs',
    expect: { verdict: 'ready', says: ['可以发送'] },
    make: (dir) => writeFileSync(path.join(dir, 'clean.xlsx'), sheetJs(CLEAN_ROWS)),
  },
];

/** `n` empty sheets, then one with the clean table. */
function manySheets(n: number): Buffer {
  const sheets: [string, string][] = Array.from({ length: n }, (_, i) => [`S${i}`, `<worksheet xmlns="${NS}"><sheetData/></worksheet>`]);
  sheets.push(['表', sheetXml(CLEAN_ROWS)]);
  return xlsx(sheets);
}

/** The seed table's rows, then `n` one-row merges below it. */
function mergedRows(n: number): Buffer {
  const seed = [
    ['财政项目支出绩效目标表', '', '', ''],
    ['项目名称:', '老干部工作专项经费', '', ''],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出目标', '数量指标', '服务人次', '≥2000人次'],
  ];
  const rows: string[][] = seed.map((r) => [...r]);
  const merges: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rows.length + 1;
    rows.push([`m${i}`, '']);
    merges.push(`<mergeCell ref="A${r}:B${r}"/>`);
  }
  // The XML written directly: SheetJS took two seconds to write 150,000 merges.
  return xlsx([['Sheet1', sheetXml(rows, `<mergeCells count="${n}">${merges.join('')}</mergeCells>`)]]);
}

/** Write every case into `dir` (created if needed); returns the cases written (POSIX-only ones only on POSIX). */
export function writeCorpus(dir: string, options: { full?: boolean; only?: string[] } = {}): HostileCase[] {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const written: HostileCase[] = [];
  for (const c of CASES) {
    if (options.only && !options.only.includes(c.name)) continue;
    if (c.posixOnly && process.platform === 'win32') continue;
    c.make(dir, options.full ?? false);
    written.push(c);
  }
  return written;
}

if (require.main === module) {
  const [dir, ...flags] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node dist/node/test/hostile/corpus.js OUT_DIR [--full]\n');
    process.exit(2);
  }
  for (const c of writeCorpus(dir, { full: flags.includes('--full') })) process.stdout.write(`${JSON.stringify(c.name)}  ${c.probe}\n`);
}
