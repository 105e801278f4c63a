/**
 * An .xlsx package as stored: each entry's original bytes (local header, compressed data, data descriptor, and
 * its central-directory record), so a save can copy every part it does not change byte for byte and write only
 * the changed ones anew. The file was already checked by the strict reader (src/io/zip.ts) when it was opened;
 * this reads the directory again to keep the raw bytes, and inflates with the same strict inflater.
 */
import { inflateRaw } from '../../io/inflate';
import { crc32, latin1, type CopiedZipEntry, type FreshZipEntry } from '../../io/zip';

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;

/** One entry of a package, as found in the file: what io/zip's writeZip copies verbatim, and what it holds. */
export interface StoredEntry extends CopiedZipEntry {
  name: string;
  method: number;
  csize: number;
  usize: number;
  /** Where the compressed data starts inside `local`. */
  dataStart: number;
  /** DOS time and date of the entry (kept for a part written anew). */
  dosTime: number;
  dosDate: number;
}

/** A package's entry as saved: copied verbatim, or written anew (newEntry). */
export type PackageEntry = StoredEntry | FreshZipEntry;

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
      kind: 'copied',
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

/** A part written anew for `data`, deflated when that is smaller; `like` gives it the time of the part it replaces. */
export async function newEntry(name: string, data: Uint8Array, like?: { dosTime: number; dosDate: number }): Promise<FreshZipEntry> {
  const packed = await deflate(data);
  const stamp = like ?? dosNow();
  const method = packed && packed.length < data.length ? 8 : 0;
  const nameBytes = new TextEncoder().encode(name);
  return { kind: 'fresh', nameBytes, utf8Name: true, method, packed: method === 8 ? packed! : data, usize: data.length, crc: crc32(data), dosTime: stamp.dosTime, dosDate: stamp.dosDate };
}

function dosNow(): { dosTime: number; dosDate: number } {
  const d = new Date();
  return {
    dosTime: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    dosDate: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
