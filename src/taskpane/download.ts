/**
 * Hand `data` to the browser as a file the user downloads (a saved workbook, an export); nothing leaves the
 * machine. The object URL is let go once the download has surely started.
 */
export function download(fileName: string, data: BlobPart, type: string, revokeAfterMs = 1000): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}

/** Save text as a file the user downloads (exports of templates and vocabularies). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  download(fileName, text, type);
}

/** Read a file the user picked as UTF-8 text. */
export function readTextFile(file: File, onText: (text: string) => void): void {
  const reader = new FileReader();
  reader.onload = () => onText(String(reader.result ?? ''));
  reader.readAsText(file, 'utf-8');
}
