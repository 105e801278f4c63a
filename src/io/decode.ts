/** Bytes of a text file → string, guessing the encoding the way Chinese Excel users' files need. */

/** The encodings `decodeText` recognises. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A decoded text file. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decode `bytes`: a BOM (UTF-8, UTF-16 LE/BE) wins and is stripped. Otherwise the evidence decides: valid UTF-8 is
 * UTF-8; bytes that are mostly valid UTF-8 with a few stray bytes are still UTF-8 (the strays become U+FFFD); bytes
 * that are mostly not (GBK text breaks UTF-8's rules at nearly every character) are GB18030, what Chinese Excel
 * saves CSV in (a superset of GBK/GB2312).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeAs('utf-8', bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const { valid, invalid } = utf8Evidence(bytes);
    return decodeAs(valid >= 2 * invalid ? 'utf-8' : 'gb18030', bytes);
  }
}

/**
 * Count the valid multi-byte UTF-8 sequences and the bytes that break UTF-8's rules. UTF-8 text with a stray byte
 * has thousands of the first and one of the second; GBK text has about two invalid bytes per character.
 */
export function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let k = 1;
    while (need > 0 && k <= need && i + k < n && (bytes[i + k] & 0xc0) === 0x80) k++;
    if (need > 0 && k === need + 1) {
      valid++;
      i += k;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function decodeAs(encoding: TextEncoding, body: Uint8Array): DecodedText {
  // ignoreBOM: the BOM is already cut off; a second one would be content.
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body), encoding };
}

/**
 * True when decoded text looks like a binary file (an image, a zip, a Word file) rather than a table:
 * NULs, or more than a few control or replacement characters in the first 64 KiB.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    // Tab, LF, FF, CR are normal in text files; other C0 controls and U+FFFD (undecodable bytes) are not.
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > Math.max(8, n / 100);
}
