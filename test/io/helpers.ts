/** Shared bits for the file-reader tests: fixture paths and a tiny GB18030 encoder. */
import { readFileSync } from 'fs';
import path from 'path';

/** Folder of the copied sample tables. */
export const SAMPLES = path.join(__dirname, '..', 'fixtures', 'samples');

/** Bytes of a sample file. */
export function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(SAMPLES, name)));
}

let gbTable: Map<string, number[]> | undefined;

/**
 * Encode `text` as GB18030 (ASCII + the two-byte GBK range, which covers the Chinese in these tables). The table is
 * built by decoding every two-byte code with TextDecoder, so it cannot disagree with what the reader decodes.
 */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const pairs: number[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
    }
    const decoded = new TextDecoder('gb18030').decode(new Uint8Array(pairs));
    // Every two-byte GBK code decodes to exactly one UTF-16 unit.
    if (decoded.length !== pairs.length / 2) throw new Error('GBK codes did not decode one to one');
    for (let i = 0; i < decoded.length; i++) {
      if (!gbTable.has(decoded[i])) gbTable.set(decoded[i], [pairs[2 * i], pairs[2 * i + 1]]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
