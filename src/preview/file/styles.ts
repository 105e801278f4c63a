/**
 * The workbook's styles part, read for number formats and added to only when a save needs a cell format the file
 * lacks (a number typed as `95%` into a cell formatted as General; bold and bordered cells of a blank table added
 * on a new sheet). What is there is never changed: new formats are appended.
 */
import { attr, element, escapeAttr, startTags, withAttr } from './xml';

/** Excel's built-in number formats that the preview's typed numbers use. */
const BUILT_IN: Record<number, string> = { 0: 'General', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 14: 'yyyy/m/d' };

export class Styles {
  private xml: string;
  private changed = false;
  private readonly custom = new Map<number, string>();
  private xfs: string[];
  private readonly plain = new Map<string, number>();

  constructor(xml: string | null) {
    this.xml = xml ?? MINIMAL_STYLES;
    if (!xml) this.changed = true;
    const numFmts = element(this.xml, 'numFmts');
    if (numFmts?.inner) for (const { tag } of startTags(numFmts.inner, 'numFmt')) this.custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
    const cellXfs = element(this.xml, 'cellXfs');
    this.xfs = cellXfs?.inner ? [...cellXfs.inner.matchAll(/<(?:[\w.-]+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?xf>)/g)].map((m) => m[0]) : [];
  }

  /** The part's text when a save changed it, else null (the part stays as it was). */
  textIfChanged(): string | null {
    return this.changed ? this.xml : null;
  }

  /** The number format code of cell format `style`. */
  formatOf(style: number): string {
    const xf = this.xfs[style];
    if (!xf) return 'General';
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    return this.custom.get(id) ?? BUILT_IN[id] ?? 'General';
  }

  /** A cell format like `style` but with number format `format` (added, with the format, when there is none). */
  styleWithFormat(style: number, format: string): number {
    const id = this.formatId(format);
    const base = this.xfs[style] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    return this.addXf(withAttr(withAttr(base, 'numFmtId', String(id)), 'applyNumberFormat', '1'));
  }

  /** A cell format of the default font, bold when asked, with thin borders when asked (a blank table's cells). */
  plainStyle(bold: boolean, border: boolean): number {
    if (!bold && !border) return 0;
    const key = `${bold}|${border}`;
    const known = this.plain.get(key);
    if (known !== undefined) return known;
    let xf = this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    xf = xf.replace(/>[\s\S]*<\/(?:[\w.-]+:)?xf>$/, '/>');
    if (bold) xf = withAttr(withAttr(xf, 'fontId', String(this.boldFont())), 'applyFont', '1');
    if (border) xf = withAttr(withAttr(xf, 'borderId', String(this.thinBorder())), 'applyBorder', '1');
    xf = withAttr(withAttr(xf, 'applyAlignment', '1'), 'xfId', '0');
    xf = xf.replace(/\/>$/, '><alignment vertical="center" wrapText="1"/></xf>');
    const style = this.addXf(xf);
    this.plain.set(key, style);
    return style;
  }

  private formatId(format: string): number {
    for (const [id, code] of Object.entries(BUILT_IN)) if (code === format) return Number(id);
    for (const [id, code] of this.custom) if (code === format) return id;
    const id = Math.max(163, ...this.custom.keys()) + 1;
    this.custom.set(id, format);
    const entry = `<numFmt numFmtId="${id}" formatCode="${escapeAttr(format)}"/>`;
    this.appendTo('numFmts', entry, /<(?:[\w.-]+:)?(?:fonts|fills|borders|cellStyleXfs|cellXfs)[\s>]/);
    return id;
  }

  private addXf(xf: string): number {
    const same = this.xfs.indexOf(xf);
    if (same >= 0) return same;
    this.appendTo('cellXfs', xf, null);
    this.xfs.push(xf);
    return this.xfs.length - 1;
  }

  private boldFont(): number {
    const fonts = element(this.xml, 'fonts');
    const first = fonts?.inner?.match(/<(?:[\w.-]+:)?font\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?font>)/)?.[0] ?? '<font><sz val="11"/><name val="宋体"/></font>';
    const bold = first.replace(/<(?:[\w.-]+:)?b\s*\/>/, '').replace(/^(<(?:[\w.-]+:)?font\b[^>]*>)/, '$1<b/>');
    return this.appendTo('fonts', bold, null);
  }

  private thinBorder(): number {
    return this.appendTo('borders', '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>', null);
  }

  /** Append `entry` to list element `name` (created before `before` when missing), fixing its count; its index. */
  private appendTo(name: string, entry: string, before: RegExp | null): number {
    this.changed = true;
    const el = element(this.xml, name);
    if (!el) {
      const at = before ? before.exec(this.xml)?.index ?? -1 : -1;
      const insertAt = at >= 0 ? at : this.xml.indexOf('>', this.xml.indexOf('<styleSheet')) + 1;
      this.xml = `${this.xml.slice(0, insertAt)}<${name} count="1">${entry}</${name}>${this.xml.slice(insertAt)}`;
      return 0;
    }
    const item = name === 'numFmts' ? 'numFmt' : name === 'cellXfs' ? 'xf' : name.slice(0, -1);
    const count = (el.inner?.match(new RegExp(`<(?:[\\w.-]+:)?${item}(?=[\\s/>])`, 'g')) ?? []).length;
    const prefixed = el.prefix ? entry.replace(/<(\/?)(?=\w)/g, `<$1${el.prefix}`) : entry;
    const open = withAttr(el.tag.replace(/\s*\/>$/, '>'), 'count', String(count + 1));
    const close = `</${el.prefix}${name}>`;
    this.xml = this.xml.slice(0, el.start) + open + (el.inner ?? '') + prefixed + close + this.xml.slice(el.end);
    return count;
  }
}

/** The styles of a workbook written from scratch: one font, the two fills Excel requires, one border, one format. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
