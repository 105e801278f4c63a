/** Save text as a file the user downloads (exports of templates and vocabularies); nothing leaves the machine. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Read a file the user picked as UTF-8 text. */
export function readTextFile(file: File, onText: (text: string) => void): void {
  const reader = new FileReader();
  reader.onload = () => onText(String(reader.result ?? ''));
  reader.readAsText(file, 'utf-8');
}
