/**
 * The user's own cell fills and column widths of an .xlsx, for the preview grid (snapshots carry neither). Read
 * from the package the strict reader has already accepted, by scanning styles.xml and each sheet's XML once: no
 * second SheetJS parse, so a file the reader takes cannot stall here either.
 */
import type { SheetLooks } from '../preview-workbook';
import type { Package } from './parts';
import { attr, element, startTags } from './xml';

/** Fills and widths per sheet name; what cannot be read is left out (the looks are a nicety). */
export function packageLooks(pkg: Package): Record<string, SheetLooks> {
  const fillOfStyle = styleFills(pkg);
  const looks: Record<string, SheetLooks> = {};
  for (const sheet of pkg.sheets) {
    if (!sheet.path) continue;
    try {
      const xml = pkg.text(sheet.path);
      if (xml) looks[sheet.name] = sheetLooks(xml, fillOfStyle);
    } catch {
      // a part that does not unpack again: no looks for it
    }
  }
  return looks;
}

/** `#RRGGBB` of the solid RGB fill of each cell format (index into cellXfs), when it has one. */
export function styleFills(pkg: Package): (string | undefined)[] {
  const path = pkg.workbookPart('/styles');
  let xml: string | null = null;
  try {
    xml = path ? pkg.text(path) : null;
  } catch {
    return [];
  }
  if (!xml) return [];
  const fills: (string | undefined)[] = [];
  const fillsElement = element(xml, 'fills');
  if (fillsElement?.inner) {
    for (const m of fillsElement.inner.matchAll(/<(?:\w+:)?fill\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?fill>)/g)) fills.push(solidFill(m[1] ?? ''));
  }
  const out: (string | undefined)[] = [];
  const xfs = element(xml, 'cellXfs');
  if (xfs?.inner) for (const { tag } of startTags(xfs.inner, 'xf')) out.push(fills[Number(attr(tag, 'fillId') ?? 0)]);
  return out;
}

function solidFill(fill: string): string | undefined {
  const pattern = /<(?:\w+:)?patternFill\b[^>]*>/.exec(fill)?.[0];
  if (!pattern || attr(pattern, 'patternType') !== 'solid') return undefined;
  const fg = /<(?:\w+:)?fgColor\b[^>]*>/.exec(fill)?.[0];
  const rgb = fg ? attr(fg, 'rgb') : null;
  if (!rgb || !/^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(rgb)) return undefined; // theme and indexed colours left out
  return `#${rgb.slice(-6).toUpperCase()}`;
}

/** Excel's column width (characters of the default font) in pixels, as Excel draws it at 100 %. */
export function widthPixels(chars: number): number {
  return Math.floor((chars + Math.round(128 / 7) / 256) * 7);
}

function sheetLooks(xml: string, fillOfStyle: (string | undefined)[]): SheetLooks {
  const fills: Record<string, string> = {};
  if (fillOfStyle.some(Boolean)) {
    for (const { tag } of startTags(xml, 'c')) {
      const s = attr(tag, 's');
      const ref = attr(tag, 'r');
      const colour = s && ref ? fillOfStyle[Number(s)] : undefined;
      if (colour && ref) fills[ref] = colour;
    }
  }
  const colWidths: (number | undefined)[] = [];
  const cols = element(xml, 'cols');
  if (cols?.inner) {
    for (const { tag } of startTags(cols.inner, 'col')) {
      const min = Number(attr(tag, 'min'));
      const max = Math.min(Number(attr(tag, 'max')), min + 256); // a style over A:XFD says nothing about widths
      const width = Number(attr(tag, 'width'));
      const hidden = attr(tag, 'hidden') === '1' || attr(tag, 'hidden') === 'true';
      if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || !(width > 0) || hidden) continue;
      for (let c = min; c <= max; c++) colWidths[c - 1] = widthPixels(width);
    }
  }
  return { fills, colWidths };
}
