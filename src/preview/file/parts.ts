/**
 * Where things are in an .xlsx package: the workbook part, its sheets (name → part), the styles, shared strings
 * and calculation chain, and each part's relationships. Names follow OPC: case-insensitive, relative targets
 * resolved against the part's folder.
 */
import { entryText, readPackage, type StoredEntry } from './package';
import { attr, startTags } from './xml';
import { normalise, resolve } from '../../io/ooxml';

export interface Relationship {
  id: string;
  type: string;
  /** The target as a package part name (resolved), or the raw target when external. */
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: string;
  rid: string;
  /** The worksheet part (`xl/worksheets/sheet1.xml`); '' for a chart sheet or when the relationships do not say. */
  path: string;
}

export class Package {
  readonly entries: StoredEntry[];
  private readonly byName = new Map<string, StoredEntry>();
  readonly workbookPath: string;
  readonly sheets: SheetEntry[];

  constructor(bytes: Uint8Array) {
    this.entries = readPackage(bytes);
    for (const e of this.entries) this.byName.set(normalise(e.name), e);
    this.workbookPath = this.rels('').find((r) => /\/officeDocument$/.test(r.type))?.target ?? 'xl/workbook.xml';
    const rels = new Map(this.rels(this.workbookPath).map((r) => [r.id, r]));
    const workbook = this.text(this.workbookPath) ?? '';
    this.sheets = [...startTags(workbook, 'sheet')].map(({ tag }) => {
      const rid = /\s(\w+:)?id\s*=\s*"([^"]*)"/.exec(tag.replace(/\ssheetId\s*=\s*"[^"]*"/, ''))?.[2] ?? '';
      const rel = rels.get(rid);
      return {
        name: attr(tag, 'name') ?? '',
        sheetId: attr(tag, 'sheetId') ?? '',
        rid,
        path: rel && /\/worksheet$/.test(rel.type) ? rel.target : '',
      };
    });
  }

  entry(path: string): StoredEntry | undefined {
    return this.byName.get(normalise(path));
  }

  has(path: string): boolean {
    return this.byName.has(normalise(path));
  }

  /** A part's text, or null when the package has no such part. */
  text(path: string): string | null {
    const e = this.entry(path);
    return e ? entryText(e) : null;
  }

  /** The relationships of part `path` ('' for the package's own, `_rels/.rels`). */
  rels(path: string): Relationship[] {
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    const relsPath = `${folder}_rels/${path.slice(folder.length)}.rels`;
    const xml = this.text(relsPath);
    if (!xml) return [];
    return [...startTags(xml, 'Relationship')].map(({ tag }) => {
      const external = attr(tag, 'TargetMode') === 'External';
      const raw = attr(tag, 'Target') ?? '';
      return { id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target: external ? raw : resolve(folder, raw), external };
    });
  }

  /** The workbook's part of relationship type `suffix` (`/styles`, `/sharedStrings`, `/calcChain`), if any. */
  workbookPart(suffix: string): string | null {
    const rel = this.rels(this.workbookPath).find((r) => r.type.endsWith(suffix));
    return rel && this.has(rel.target) ? rel.target : null;
  }

  /** The part of the worksheet named `name`, or null. */
  sheetPath(name: string): string | null {
    return this.sheets.find((s) => s.name === name)?.path || null;
  }
}



/** The relationship target for part `to` as written from a part in folder `fromFolder` (`worksheets/sheet3.xml`). */
export function relativeTarget(fromFolder: string, to: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const parts = to.split('/');
  let common = 0;
  while (common < from.length && common < parts.length - 1 && from[common] === parts[common]) common++;
  return [...Array(from.length - common).fill('..'), ...parts.slice(common)].join('/');
}
