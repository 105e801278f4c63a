/**
 * Small string helpers for the parts of an .xlsx the preview reads and patches. The parts are machine-written XML
 * (no DTDs, `<` always escaped in text), so an element is found by its tag and rewritten in place: everything
 * around it stays exactly as the file had it.
 */
import { unescapeXml } from '../../io/ooxml';

export { unescapeXml };

/** The value of attribute `name` (a prefix is ignored) in a start tag, unescaped; null when absent. */
export function attr(tag: string, name: string): string | null {
  const re = new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : null;
}

/** The start tag with attribute `name` set to `value` (added before the tag's end when absent), or removed (null). */
export function withAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`(\\s)((?:[\\w.-]+:)?${name})(\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) {
    if (value === null) return tag.replace(new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
    return tag.replace(re, (_w, space: string, n: string, eq: string) => `${space}${n}${eq}"${escapeAttr(value)}"`);
  }
  if (value === null) return tag;
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).replace(/\s+$/, '')} ${name}="${escapeAttr(value)}"${tag.slice(end)}`;
}

export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\n\r\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' })[c]!);
}

/**
 * Excel's escape for characters XML cannot hold in text (`_x001B_`), undone; `_x005F_` escapes a literal `_x`.
 * Shared and inline strings use it.
 */
export function unescapeOoxml(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text for an inline string: XML-escaped, with the characters XML 1.0 forbids written Excel's way. */
export function ooxmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeText(s.replace(/_x[0-9A-Fa-f]{4}_/g, (w) => `_x005F${w.slice(1)}`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
}

/** The text content of `<t>` elements in a string item (`<si>` / `<is>`): rich-text runs joined, phonetic runs left out. */
export function stringItemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '');
  let out = '';
  for (const m of withoutPhonetic.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1];
  return unescapeOoxml(unescapeXml(out));
}

/** Every start tag of element `local` (any prefix) in `xml`, with where it is. */
export function* startTags(xml: string, local: string): Generator<{ tag: string; index: number }> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield { tag: m[0], index: m.index };
}

/**
 * The whole element `local` (start tag to end tag, or the self-closing tag) at or after `from`, or null. Not for
 * elements that nest inside themselves.
 */
export function element(xml: string, local: string, from = 0): { start: number; end: number; tag: string; inner: string | null; prefix: string } | null {
  const re = new RegExp(`<([\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  const prefix = m[1] ?? '';
  const tag = m[0];
  if (tag.endsWith('/>')) return { start: m.index, end: m.index + tag.length, tag, inner: null, prefix };
  const close = `</${prefix}${local}>`;
  const at = xml.indexOf(close, m.index + tag.length);
  if (at < 0) return null;
  return { start: m.index, end: at + close.length, tag, inner: xml.slice(m.index + tag.length, at), prefix };
}
