/**
 * An .xlsx package as stored: each entry's original bytes (local header, compressed data, data descriptor, and
 * its central-directory record), so a save can copy every part it does not change byte for byte and write only
 * the changed ones anew. The file was already checked by the strict reader (src/io/zip.ts) when it was opened;
 * this walks the directory again with the same reader to keep the raw bytes, and inflates with the same inflater.
 */
import { inflateRaw } from '../../io/inflate';
import { crc32, eachDirectoryEntry, latin1, zipReader, ZipError, type CopiedZipEntry, type FreshZipEntry } from '../../io/zip';

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

/** The entries of the zip in `bytes`, in directory order; throws ZipError on a structure it cannot follow. */
export function readPackage(bytes: Uint8Array): StoredEntry[] {
  const { u16, u32 } = zipReader(bytes);
  const out: StoredEntry[] = [];
  eachDirectoryEntry(bytes, (e) => {
    if (u32(e.local) !== SIG_LOCAL) throw new ZipError('corrupt', 'bad zip entry header');
    const dataStart = 30 + u16(e.local + 26) + u16(e.local + 28);
    let localEnd = e.local + dataStart + e.csize;
    if (e.flags & 0x0008) {
      // A data descriptor follows the data: crc and sizes, with or without its signature, 32- or 64-bit sizes.
      const zip64 = e.usize >= 0xffffffff || e.csize >= 0xffffffff;
      localEnd += (u32(localEnd) === SIG_DESCRIPTOR ? 4 : 0) + 4 + (zip64 ? 16 : 8);
    }
    if (localEnd > bytes.length) throw new ZipError('corrupt', 'zip entry runs past the end of the file');
    out.push({
      kind: 'copied',
      name: latin1(e.nameBytes),
      central: bytes.slice(e.central, e.centralEnd),
      local: bytes.slice(e.local, localEnd),
      method: e.method,
      csize: e.csize,
      usize: e.usize,
      dataStart,
      zip64OffsetAt: e.zip64OffsetAt,
      dosTime: e.dosTime,
      dosDate: e.dosDate,
    });
  });
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
