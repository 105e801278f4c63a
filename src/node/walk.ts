/**
 * The files a reviewer means: `ptcheck check 收到的表格/ 补报/*.xlsx 某表.xls`. Folders are walked recursively and
 * globs expanded (for shells that do not, such as Windows'), keeping only spreadsheets and skipping hidden files and
 * Office's `~$` lock files; a file named outright is always checked. The order is stable: arguments in order,
 * each folder's entries sorted by name.
 */
import { type Dirent, promises as fs } from 'fs';
import path from 'path';

/** One thing to report on: a file to check, or an argument that matched nothing. */
export type Target = { path: string } | { path: string; problem: 'no-match' | 'empty-folder' | 'unreadable-folder'; detail?: string };

/** Extensions checked when walking folders and expanding globs (.txt is checked only when named). */
export const SPREADSHEET = /\.(xlsx|xlsm|xls|csv|tsv)$/i;

/** Hidden files and folders, and the `~$名称.xlsx` lock files Office leaves beside open workbooks. */
export function isSkipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** Expand the command line's file arguments into targets, in a stable order, each file once. */
export async function expandTargets(args: readonly string[]): Promise<Target[]> {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = path.resolve(p);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path: p });
  };
  for (const arg of args) {
    const info = await fs.stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const before = out.length;
      await walk(arg, add, out);
      if (out.length === before) out.push({ path: arg, problem: 'empty-folder' });
    } else if (info || !isGlob(arg)) {
      // A file (or anything else that exists), or a plain path that does not: reading it says what it is.
      add(arg);
    } else {
      const before = out.length;
      for (const match of await glob(arg)) {
        const m = await fs.stat(match).catch(() => null);
        if (m?.isDirectory()) await walk(match, add, out);
        else if (SPREADSHEET.test(match)) add(match);
      }
      if (out.length === before) out.push({ path: arg, problem: 'no-match' });
    }
  }
  return out;
}

/** Every spreadsheet under `dir`, depth first, entries by name; symbolic links to folders are not followed (no loops). */
async function walk(dir: string, add: (p: string) => void, out: Target[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ path: dir, problem: 'unreadable-folder', detail: (e as { code?: string }).code ?? String(e) });
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const e of entries) {
    if (isSkipped(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, add, out);
    else if (SPREADSHEET.test(e.name)) {
      if (e.isSymbolicLink()) {
        const target = await fs.stat(p).catch(() => null);
        if (target?.isDirectory()) continue;
      }
      // Regular files, and also FIFOs or devices named like spreadsheets: reading refuses those with a message.
      add(p);
    }
  }
}

/** Code-point order: the same on every machine, whatever its locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const GLOB_CHARS = /[*?[{]/;

function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

/** Paths matching `pattern` (`*`, `?`, `[…]`, `{a,b}`, and `**` for any depth), sorted; hidden names need a leading dot. */
export async function glob(pattern: string): Promise<string[]> {
  const segments = pattern.split(/[\\/]+/);
  const absolute = path.isAbsolute(pattern);
  let base = absolute ? path.parse(pattern).root : '.';
  let i = absolute ? 1 : 0;
  // The leading segments without wildcards are a plain folder to start from.
  const fixed: string[] = [];
  while (i < segments.length - 1 && !isGlob(segments[i])) fixed.push(segments[i++]);
  if (fixed.length) base = absolute ? path.join(base, ...fixed) : path.join(...fixed);
  const rest = segments.slice(i).filter((s) => s !== '');
  const out: string[] = [];
  await matchFrom(base, rest, out, absolute || fixed.length > 0);
  return out.sort(compareNames);
}

async function matchFrom(dir: string, rest: string[], out: string[], keepDir: boolean): Promise<void> {
  if (rest.length === 0) return;
  const [head, ...tail] = rest;
  const join = (name: string) => (keepDir ? path.join(dir, name) : name);
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  if (head === '**') {
    // Zero folders deep, then one more each time.
    await matchFrom(dir, tail, out, keepDir);
    for (const e of entries) {
      if (e.isDirectory() && !isSkipped(e.name)) await matchFrom(path.join(dir, e.name), rest, out, true);
    }
    return;
  }
  const re = segmentRegExp(head);
  for (const e of entries) {
    if (!re.test(e.name) || (isSkipped(e.name) && !head.startsWith(e.name[0]))) continue;
    if (tail.length === 0) out.push(join(e.name));
    else if (e.isDirectory()) await matchFrom(path.join(dir, e.name), tail, out, true);
  }
}

/** One path segment's pattern as a regular expression. */
function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') re += '[^/\\\\]*';
    else if (c === '?') re += '[^/\\\\]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = segment.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = segment.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${segment
          .slice(i + 1, end)
          .split(',')
          .map((alt) => alt.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/\\\\]*').replace(/\?/g, '[^/\\\\]'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
}
