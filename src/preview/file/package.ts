/**
 * An .xlsx package as stored: each entry's original bytes (local header, compressed data, data descriptor, and
 * its central-directory record), so a save can copy every part it does not change byte for byte and write only
 * the changed ones anew. The file was already checked by the strict reader (src/io/zip.ts) when it was opened;
 * this reads the directory again to keep the raw bytes, and inflates with the same strict inflater.
 */
import { inflateRaw } from '../../io/inflate';
import { crc32 } from '../../io/zip';

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;

/** One entry of a package, as found in the file. */
export interface StoredEntry {
  kind: 'stored';
  name: string;
  /** The central-directory record, verbatim (its local-header offset is rewritten on save). */
  central: Uint8Array;
  /** Local header, compressed data and data descriptor, verbatim. */
  local: Uint8Array;
  method: number;
  csize: number;
  usize: number;
  /** Where the compressed data starts inside `local`. */
  dataStart: number;
  /** Where, inside `central`, the zip64 extra holds the local-header offset (-1: the 32-bit field does). */
  zip64OffsetAt: number;
  /** DOS time and date of the entry (kept for a part written anew). */
  dosTime: number;
  dosDate: number;
}

/** An entry written anew: its data already deflated (or stored when `method` is 0). */
export interface NewEntry {
  kind: 'new';
  name: string;
  method: 0 | 8;
  packed: Uint8Array;
  usize: number;
  crc: number;
  dosTime: number;
  dosDate: number;
}

export type PackageEntry = StoredEntry | NewEntry;

/** The entries of the zip in `bytes`, in directory order; throws on a structure it cannot follow. */
export function readPackage(bytes: Uint8Array): StoredEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  let eocd = -1;
  for (let at = n - 22; at >= Math.max(0, n - 22 - 65535); at--) {
    if (u32(at) === SIG_EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Error('the zip directory is missing');
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Error('zip64 directories are not written back');
  const out: StoredEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(at) !== SIG_CENTRAL) throw new Error('bad zip directory entry');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const nameLen = u16(at + 28);
    const extraLen = u16(at + 30);
    const commentLen = u16(at + 32);
    const end = at + 46 + nameLen + extraLen + commentLen;
    let csize = u32(at + 20);
    let usize = u32(at + 24);
    let offset = u32(at + 42);
    let zip64OffsetAt = -1;
    // Sizes or offset that do not fit 32 bits live in the zip64 extra field, in this order.
    for (let x = at + 46 + nameLen; x + 4 <= at + 46 + nameLen + extraLen; ) {
      const id = u16(x);
      const size = u16(x + 2);
      if (id === 0x0001) {
        let p = x + 4;
        const u64 = (q: number) => u32(q) + u32(q + 4) * 2 ** 32;
        if (usize === 0xffffffff) {
          usize = u64(p);
          p += 8;
        }
        if (csize === 0xffffffff) {
          csize = u64(p);
          p += 8;
        }
        if (offset === 0xffffffff) {
          zip64OffsetAt = p - at;
          offset = u64(p);
        }
        break;
      }
      x += 4 + size;
    }
    if (u32(offset) !== SIG_LOCAL) throw new Error('bad zip entry header');
    const dataStart = 30 + u16(offset + 26) + u16(offset + 28);
    let localEnd = offset + dataStart + csize;
    if (flags & 0x0008) {
      // A data descriptor follows the data: crc and sizes, with or without its signature, 32- or 64-bit sizes.
      const zip64 = usize >= 0xffffffff || csize >= 0xffffffff;
      localEnd += (u32(localEnd) === SIG_DESCRIPTOR ? 4 : 0) + 4 + (zip64 ? 16 : 8);
    }
    if (localEnd > n) throw new Error('zip entry runs past the end of the file');
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLen);
    out.push({
      kind: 'stored',
      name: latin1(nameBytes),
      central: bytes.slice(at, end),
      local: bytes.slice(offset, localEnd),
      method,
      csize,
      usize,
      dataStart,
      zip64OffsetAt,
      dosTime: u16(at + 12),
      dosDate: u16(at + 14),
    });
    at = end;
  }
  return out;
}

/** The unpacked bytes of a stored entry. */
export function entryBytes(entry: StoredEntry): Uint8Array {
  const raw = entry.local.subarray(entry.dataStart, entry.dataStart + entry.csize);
  if (entry.method === 0) return raw;
  if (entry.method === 8) return inflateRaw(raw, entry.usize);
  throw new Error(`${entry.name} uses compression method ${entry.method}`);
}

/** The text of an XML part (UTF-8). */
export function entryText(entry: StoredEntry): string {
  return new TextDecoder('utf-8').decode(entryBytes(entry));
}

/** Raw DEFLATE of `data` where the platform offers it (CompressionStream), else null (the entry is then stored). */
export async function deflate(data: Uint8Array): Promise<Uint8Array | null> {
  const Stream = (globalThis as { CompressionStream?: new (format: string) => TransformStream<Uint8Array, Uint8Array> }).CompressionStream;
  if (!Stream) return null;
  try {
    // 'deflate' (zlib) is older than 'deflate-raw' everywhere: drop its 2-byte header and 4-byte checksum.
    const zlib = new Uint8Array(await new Response(new Blob([data as BlobPart]).stream().pipeThrough(new Stream('deflate'))).arrayBuffer());
    return zlib.length > 6 ? zlib.subarray(2, zlib.length - 4) : null;
  } catch {
    return null;
  }
}

/** A new entry for `data`, deflated when that is smaller; `like` gives it the time of the part it replaces. */
export async function newEntry(name: string, data: Uint8Array, like?: { dosTime: number; dosDate: number }): Promise<NewEntry> {
  const packed = await deflate(data);
  const stamp = like ?? dosNow();
  const method = packed && packed.length < data.length ? 8 : 0;
  return { kind: 'new', name, method, packed: method === 8 ? packed! : data, usize: data.length, crc: crc32(data), dosTime: stamp.dosTime, dosDate: stamp.dosDate };
}

/** The zip of `entries` in this order: stored ones copied verbatim, new ones written with plain headers. */
export function writePackage(entries: PackageEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => (e.kind === 'new' ? encoder.encode(e.name) : null));
  let size = 22;
  entries.forEach((e, i) => {
    size += e.kind === 'stored' ? e.local.length + e.central.length : 30 + 46 + 2 * names[i]!.length + e.packed.length;
  });
  if (entries.length > 0xffff || size > 0xffffffff) throw new Error('the workbook is too large to write');
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    if (e.kind === 'stored') {
      out.set(e.local, at);
      at += e.local.length;
      return;
    }
    const name = names[i]!;
    view.setUint32(at, SIG_LOCAL, true);
    writeCommon(view, at + 4, e, name.length);
    out.set(name, at + 30);
    out.set(e.packed, at + 30 + name.length);
    at += 30 + name.length + e.packed.length;
  });
  const cdStart = at;
  entries.forEach((e, i) => {
    if (e.kind === 'stored') {
      out.set(e.central, at);
      if (e.zip64OffsetAt >= 0) {
        view.setUint32(at + e.zip64OffsetAt, offsets[i], true);
        view.setUint32(at + e.zip64OffsetAt + 4, 0, true);
      } else view.setUint32(at + 42, offsets[i], true);
      at += e.central.length;
      return;
    }
    const name = names[i]!;
    view.setUint32(at, SIG_CENTRAL, true);
    view.setUint16(at + 4, 20, true); // version made by
    writeCommon(view, at + 6, e, name.length);
    // comment length, disk number, internal and external attributes: 0
    view.setUint32(at + 42, offsets[i], true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, SIG_EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - cdStart, true);
  view.setUint32(at + 16, cdStart, true);
  return out;
}

/** The header fields a local and a central record share, from "version needed" to the extra length. */
function writeCommon(view: DataView, at: number, e: NewEntry, nameLength: number): void {
  view.setUint16(at, 20, true); // version needed: 2.0
  view.setUint16(at + 2, 0x0800, true); // flags: names are UTF-8
  view.setUint16(at + 4, e.method, true);
  view.setUint16(at + 6, e.dosTime, true);
  view.setUint16(at + 8, e.dosDate, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.packed.length, true);
  view.setUint32(at + 18, e.usize, true);
  view.setUint16(at + 22, nameLength, true);
  view.setUint16(at + 24, 0, true); // extra length
}

function dosNow(): { dosTime: number; dosDate: number } {
  const d = new Date();
  return {
    dosTime: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    dosDate: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}
