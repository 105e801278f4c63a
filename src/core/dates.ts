/** Excel date serials and number formats. */

/** True when a number format shows a date (`yyyy-mm-dd`, `m/d/yy`, `[$-804]yyyy"年"m"月"d"日"`). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymd]/i.test(f) && !/^[#0.,%\s]+$/.test(f);
}

/** An Excel serial day (1900 date system) → `YYYY-MM-DD`; null outside 1900–9999. */
export function serialToISODate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  // Excel counts 1900-02-29, which never existed: serials from 61 on are one day ahead.
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0);
  const ms = Date.UTC(1899, 11, 31) + days * 86_400_000;
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
