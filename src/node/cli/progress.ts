/** The progress bar on a terminal: one line on stderr, redrawn at most ten times a second, gone at the end. */
import type { Lang } from '../../core/i18n';
import { terminalLine } from '../../core/report/terminal';

export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly write: (s: string) => void,
    private readonly total: number,
    private readonly lang: Lang,
    private readonly columns = 80,
  ) {}

  /** `done` files of the total checked; `file` the one just finished. */
  update(done: number, file: string): void {
    const now = Date.now();
    if (done < this.total && now - this.last < 100) return;
    this.last = now;
    const width = 24;
    const filled = Math.round((done / Math.max(this.total, 1)) * width);
    const count = this.lang === 'zh-CN' ? `${done}/${this.total} 个文件` : `${done}/${this.total} files`;
    const head = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}  `;
    // File names come from the disk: escaped, and cut to what fits on the line (CJK characters take two columns).
    const room = Math.max(10, this.columns - displayWidth(head) - 1);
    const name = fit(terminalLine(file), room);
    this.write(`\r\u001b[2K${head}${name}`);
    this.shown = true;
  }

  /** Clear the line (before the closing summary). */
  clear(): void {
    if (this.shown) this.write('\r\u001b[2K');
    this.shown = false;
  }
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** The end of `s` that fits in `room` columns (the file name matters more than its folder). */
function fit(s: string, room: number): string {
  if (displayWidth(s) <= room) return s;
  const chars = [...s];
  let w = 1;
  let i = chars.length;
  while (i > 0 && w + displayWidth(chars[i - 1]) <= room) w += displayWidth(chars[--i]);
  return `…${chars.slice(i).join('')}`;
}
