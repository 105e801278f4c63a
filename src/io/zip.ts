/**
 * ZIP containers (.xlsx/.xlsm), checked before SheetJS sees them. Every entry is unpacked with the strict
 * inflater and its CRC verified, then the workbook is handed to SheetJS re-packed without compression, so a damaged
 * file fails here with a clear reason instead of sending SheetJS's inflater into an endless loop.
 */
import { InflateError, inflateRaw } from './inflate';

/** Why a zip could not be unpacked. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'corrupt' | 'encrypted' | 'too-large' | 'part-too-large' | 'ratio' | 'too-many-parts',
    message: string,
    /** For too-large: the total unpacked size the zip declares; for part-too-large and ratio: the part's; for too-many-parts: the count. */
    readonly unpackedSize = 0,
    /** For part-too-large and ratio: the part's name. */
    readonly part = '',
    /** For ratio: the part's compression ratio. */
    readonly ratio = 0,
  ) {
    super(message);
  }
}

/** Bounds on what `unpackZip` unpacks, all checked on the sizes the zip declares, before inflating anything. */
export interface UnpackLimits {
  /** Largest unpacked size of one entry. */
  maxPart?: number;
  /** Largest compression ratio of an entry bigger than `ratioFloor` unpacked. */
  maxRatio?: number;
  ratioFloor?: number;
  /** Most entries unpacked. */
  maxParts?: number;
  /** Entries not to unpack at all (left out of the result, and of the total). */
  skip?: (name: string) => boolean;
}

/** One unpacked file of a zip. */
export interface ZipEntry {
  /** The name's bytes as stored (SheetJS reads names byte by byte, so they are passed on unchanged). */
  nameBytes: Uint8Array;
  /** The name, decoded as Latin-1 (enough for the ASCII part names of a workbook). */
  name: string;
  data: Uint8Array;
  crc: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

/** One record of a zip's central directory, with where its parts lie in the file. */
export interface DirectoryEntry {
  /** The name's bytes as stored. */
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  csize: number;
  usize: number;
  /** Where the entry's local header starts. */
  local: number;
  /** Where the directory record starts and ends. */
  central: number;
  centralEnd: number;
  /** Where, inside the directory record, the zip64 extra holds the local-header offset (-1: the 32-bit field does). */
  zip64OffsetAt: number;
  dosTime: number;
  dosDate: number;
}

/** Little-endian reads of `bytes`; a read past its end is a corrupt zip (ZipError), never a wrong number. */
export function zipReader(bytes: Uint8Array): { u16(at: number): number; u32(at: number): number; u64(at: number): number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  const u16 = (at: number): number => {
    if (at < 0 || at + 2 > n) throw new ZipError('corrupt', 'zip structure runs past the end of the file');
    return view.getUint16(at, true);
  };
  const u32 = (at: number): number => {
    if (at < 0 || at + 4 > n) throw new ZipError('corrupt', 'zip structure runs past the end of the file');
    return view.getUint32(at, true);
  };
  return { u16, u32, u64: (at) => u32(at) + u32(at + 4) * 2 ** 32 };
}

/**
 * Each record of the central directory of the zip in `bytes`, in order, handed to `visit` as it is read (so a
 * visitor's refusal comes before damage further on); throws ZipError where the directory cannot be followed.
 */
export function eachDirectoryEntry(bytes: Uint8Array, visit: (e: DirectoryEntry) => void): void {
  const { u16, u32, u64 } = zipReader(bytes);
  const n = bytes.length;
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let at = n - 22; at >= Math.max(0, n - 22 - 65535); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(at) === SIG_EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('corrupt', 'the zip directory is missing (file truncated?)');
  let count = u16(eocd + 10);
  let cdOffset = u32(eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === SIG_EOCD64_LOCATOR) {
    const at = u64(eocd - 12);
    if (u32(at) !== SIG_EOCD64) throw new ZipError('corrupt', 'bad zip64 directory');
    count = u64(at + 32);
    cdOffset = u64(at + 48);
  }
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== SIG_CENTRAL) throw new ZipError('corrupt', 'bad zip directory entry');
    const nameLen = u16(at + 28);
    const extraLen = u16(at + 30);
    const commentLen = u16(at + 32);
    const e: DirectoryEntry = {
      flags: u16(at + 8),
      method: u16(at + 10),
      crc: u32(at + 16),
      csize: u32(at + 20),
      usize: u32(at + 24),
      local: u32(at + 42),
      nameBytes: bytes.subarray(at + 46, at + 46 + nameLen),
      central: at,
      centralEnd: at + 46 + nameLen + extraLen + commentLen,
      zip64OffsetAt: -1,
      dosTime: u16(at + 12),
      dosDate: u16(at + 14),
    };
    readZip64Extra(e, at + 46 + nameLen, extraLen, u16, u64);
    at = e.centralEnd;
    visit(e);
  }
}

/** Unpack and verify every entry of the zip in `bytes` (but those `limits.skip` names); throws ZipError. */
export function unpackZip(bytes: Uint8Array, maxUnpacked: number, limits: UnpackLimits = {}): ZipEntry[] {
  const { u16, u32 } = zipReader(bytes);
  const n = bytes.length;
  const pending: DirectoryEntry[] = [];
  let total = 0;
  eachDirectoryEntry(bytes, (e) => {
    // Deflate cannot expand more than ~1032:1, so a larger claim is a damaged size field, not a big workbook.
    if ((e.method === 8 && e.usize > e.csize * 1032 + 1024) || (e.method === 0 && e.usize !== e.csize)) {
      throw new ZipError('corrupt', `impossible sizes for ${latin1(e.nameBytes)}`);
    }
    const name = latin1(e.nameBytes);
    if (limits.skip?.(name)) return;
    if (limits.maxPart !== undefined && e.usize > limits.maxPart) {
      throw new ZipError('part-too-large', `${name} unpacks to ${e.usize} bytes`, e.usize, name);
    }
    const ratio = e.usize / Math.max(e.csize, 1);
    if (limits.maxRatio !== undefined && e.usize > (limits.ratioFloor ?? 0) && ratio > limits.maxRatio) {
      throw new ZipError('ratio', `${name} is compressed ${Math.round(ratio)}:1`, e.usize, name, ratio);
    }
    total += e.usize;
    pending.push(e);
  });
  // Overlap first: it is how a small file claims a huge total, and it is damage whatever the sizes.
  checkNoOverlap(pending, u16, u32, n);
  if (total > maxUnpacked) throw new ZipError('too-large', `unpacks to ${total} bytes`, total);
  if (limits.maxParts !== undefined && pending.length > limits.maxParts) {
    throw new ZipError('too-many-parts', `${pending.length} parts`, pending.length);
  }

  return pending.map((e) => {
    if (u32(e.local) !== SIG_LOCAL) throw new ZipError('corrupt', 'bad zip entry header');
    // Encrypted entries carry the flag in both headers; one flipped bit alone is damage, not a password.
    if (e.flags & u16(e.local + 6) & 0x0041) throw new ZipError('encrypted', 'zip entries are encrypted');
    const start = e.local + 30 + u16(e.local + 26) + u16(e.local + 28);
    if (start + e.csize > n) throw new ZipError('corrupt', 'zip entry runs past the end of the file');
    const raw = bytes.subarray(start, start + e.csize);
    const name = latin1(e.nameBytes);
    let data: Uint8Array;
    if (e.method === 0) {
      data = raw;
    } else if (e.method === 8) {
      try {
        data = inflateRaw(raw, e.usize);
      } catch (err) {
        if (err instanceof InflateError) throw new ZipError('corrupt', `${name}: ${err.message}`);
        throw err;
      }
    } else {
      throw new ZipError('corrupt', `${name} uses unsupported compression method ${e.method}`);
    }
    if (crc32(data) !== e.crc) throw new ZipError('corrupt', `${name} fails its checksum`);
    return { nameBytes: e.nameBytes, name, data, crc: e.crc };
  });
}

/**
 * Entries whose data overlap are how zip bombs multiply one compressed block into thousands of files (1,000
 * entries × 1 MB from one 1 MB block). A workbook's parts never share bytes, so any overlap is refused.
 */
function checkNoOverlap(
  entries: { local: number; csize: number; nameBytes: Uint8Array }[],
  u16: (at: number) => number,
  u32: (at: number) => number,
  n: number,
): void {
  const spans = entries.map((e) => {
    if (u32(e.local) !== SIG_LOCAL) throw new ZipError('corrupt', 'bad zip entry header');
    const end = e.local + 30 + u16(e.local + 26) + u16(e.local + 28) + e.csize;
    if (end > n) throw new ZipError('corrupt', 'zip entry runs past the end of the file');
    return { start: e.local, end };
  });
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) throw new ZipError('corrupt', 'zip entries overlap (the same data is claimed by several parts)');
  }
}

// Sizes and offset that do not fit 32 bits are 0xffffffff in the directory and live in the zip64 extra field.
function readZip64Extra(
  e: { csize: number; usize: number; local: number; central: number; zip64OffsetAt: number },
  start: number,
  length: number,
  u16: (at: number) => number,
  u64: (at: number) => number,
): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = u16(at);
    const size = u16(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      if (e.usize === 0xffffffff) {
        e.usize = u64(p);
        p += 8;
      }
      if (e.csize === 0xffffffff) {
        e.csize = u64(p);
        p += 8;
      }
      if (e.local === 0xffffffff) {
        e.zip64OffsetAt = p - e.central;
        e.local = u64(p);
      }
      return;
    }
    at += 4 + size;
  }
}

/** An entry `writeZip` copies byte for byte from the zip it was read from (readPackage in the preview's save). */
export interface CopiedZipEntry {
  kind: 'copied';
  /** Local header, compressed data and data descriptor, verbatim. */
  local: Uint8Array;
  /** The central-directory record, verbatim but for its local-header offset, which is rewritten. */
  central: Uint8Array;
  /** Where, inside `central`, the zip64 extra holds the local-header offset (-1: the 32-bit field does). */
  zip64OffsetAt: number;
}

/** An entry `writeZip` writes with fresh headers: its data already deflated (method 8) or stored (0). */
export interface FreshZipEntry {
  kind: 'fresh';
  nameBytes: Uint8Array;
  /** Sets the flag that says the name is UTF-8. */
  utf8Name: boolean;
  method: 0 | 8;
  packed: Uint8Array;
  usize: number;
  crc: number;
  dosTime: number;
  dosDate: number;
}

/** DOS date 1980-01-01, the earliest a zip can say: for entries whose time means nothing. */
const DOS_EPOCH = { dosTime: 0, dosDate: 0x21 };

/** A zip of `entries` stored without compression (what SheetJS is handed: no inflating left for it to do). */
export function storedZip(entries: readonly ZipEntry[]): Uint8Array {
  return writeZip(entries.map((e) => ({ kind: 'fresh', nameBytes: e.nameBytes, utf8Name: false, method: 0, packed: e.data, usize: e.data.length, crc: e.crc, ...DOS_EPOCH })));
}

/** The zip of `entries` in this order; throws ZipError('too-large') past what a zip without zip64 holds. */
export function writeZip(entries: readonly (CopiedZipEntry | FreshZipEntry)[]): Uint8Array {
  let size = 22;
  for (const e of entries) size += e.kind === 'copied' ? e.local.length + e.central.length : 30 + 46 + 2 * e.nameBytes.length + e.packed.length;
  if (entries.length > 0xffff || size > 0xffffffff) throw new ZipError('too-large', 'the workbook is too large to write', size);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  // The fields a local and a central record share, from "version needed" to the extra length.
  const common = (o: number, e: FreshZipEntry): void => {
    view.setUint16(o, 20, true); // version needed: 2.0
    view.setUint16(o + 2, e.utf8Name ? 0x0800 : 0, true); // flags
    view.setUint16(o + 4, e.method, true);
    view.setUint16(o + 6, e.dosTime, true);
    view.setUint16(o + 8, e.dosDate, true);
    view.setUint32(o + 10, e.crc, true);
    view.setUint32(o + 14, e.packed.length, true);
    view.setUint32(o + 18, e.usize, true);
    view.setUint16(o + 22, e.nameBytes.length, true);
    view.setUint16(o + 24, 0, true); // extra length
  };
  for (const e of entries) {
    offsets.push(at);
    if (e.kind === 'copied') {
      out.set(e.local, at);
      at += e.local.length;
      continue;
    }
    view.setUint32(at, SIG_LOCAL, true);
    common(at + 4, e);
    out.set(e.nameBytes, at + 30);
    out.set(e.packed, at + 30 + e.nameBytes.length);
    at += 30 + e.nameBytes.length + e.packed.length;
  }
  const cdStart = at;
  entries.forEach((e, i) => {
    if (e.kind === 'copied') {
      out.set(e.central, at);
      if (e.zip64OffsetAt >= 0) {
        view.setUint32(at + e.zip64OffsetAt, offsets[i], true);
        view.setUint32(at + e.zip64OffsetAt + 4, 0, true);
      } else view.setUint32(at + 42, offsets[i], true);
      at += e.central.length;
      return;
    }
    view.setUint32(at, SIG_CENTRAL, true);
    view.setUint16(at + 4, 20, true); // version made by
    common(at + 6, e);
    // comment length, disk number, internal and external attributes: 0
    view.setUint32(at + 42, offsets[i], true);
    out.set(e.nameBytes, at + 46);
    at += 46 + e.nameBytes.length;
  });
  view.setUint32(at, SIG_EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - cdStart, true);
  view.setUint32(at + 16, cdStart, true);
  return out;
}

/** Bytes `from`..`to` of `data` as Latin-1 text (zip names and XML names here are ASCII; Latin-1 never fails). */
export function latin1(data: Uint8Array, from = 0, to = data.length): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(data[i]);
  return s;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (the zip one) of `data`. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[i] = c >>> 0;
    }
  }
  const t = crcTable;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
