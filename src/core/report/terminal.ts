/**
 * Text from a file (cell text, sheet and file names) made safe to print on a terminal. A table can hold escape
 * sequences that hide lines of a report (ESC[8m), clear the screen or retitle the window, and bidirectional
 * controls that reorder what is shown: a reviewer could be shown "可以发送" for a bad table. Every such character
 * is printed as a visible escape (`\x1B`, `\u202E`) instead.
 */

// C0 controls but tab, DEL, C1 controls; bidi embeddings, overrides, isolates and marks; line and paragraph separators.
// (Matching control characters is the point here.)
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with every control character escaped, line breaks and tabs too: for one line of a report. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, visible);
}

/** `text` with every control character but line break and tab escaped: for a block of report lines. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, visible);
}

// Inside JSON strings: JSON.stringify escapes C0 controls already; these are the rest a terminal would act on.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with the characters a terminal would act on written as \u escapes (the same JSON value). */
export function terminalJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
