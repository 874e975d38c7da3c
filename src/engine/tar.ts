/**
 * The gzip-compressed tar archives policies travel in. The reader writes nothing: it returns the
 * contents of the members asked for by name, and refuses an archive that is malformed, larger
 * than the limits, or holds anything other than regular files and folders under safe names. So a
 * hostile bundle can only fail to load, with a message saying why.
 */
import { gunzipSync, gzipSync } from "node:zlib";

/** The archive could not be read safely; the message says what is wrong with it. */
export class ArchiveError extends Error {
  override readonly name = "ArchiveError";
}

export interface TarLimits {
  /** Of the whole tar stream once decompressed: a small file can expand to gigabytes. */
  uncompressed: number;
  /** Of any one member. */
  member: number;
}

const BLOCK = 512;
const MiB = 1024 * 1024;

export function mebibytes(bytes: number): string {
  return `${Math.round(bytes / MiB)} MiB`;
}

function text(header: Uint8Array, start: number, length: number): string {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end));
}

function octal(header: Uint8Array, start: number, length: number, where: string): number {
  // A set high bit is GNU's base-256 form, used only for values too large for the octal field.
  if ((header[start] ?? 0) & 0x80) throw new ArchiveError(`${where}: the size is too large`);
  const digits = text(header, start, length).trim();
  if (!/^[0-7]*$/.test(digits))
    throw new ArchiveError(`${where}: malformed header (a numeric field holds "${digits}")`);
  return digits === "" ? 0 : parseInt(digits, 8);
}

/** The header checksum: the sum of its bytes, with the checksum field itself counted as spaces. */
function checksum(header: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum;
}

const TYPES: Record<string, "file" | "folder" | "link" | "device"> = {
  "0": "file",
  "\0": "file",
  "7": "file",
  "5": "folder",
  "1": "link",
  "2": "link",
  "3": "device",
  "4": "device",
  "6": "device",
};

/**
 * The member's name without a leading "/" or "./" (OPA writes "/policy.wasm"), refused when it
 * could name something outside the archive's root on any system.
 */
function safeName(raw: string, where: string): string {
  const name = raw.replace(/^(?:\.?\/)+/, "");
  const segments = name.split(/[/\\]/);
  if (raw.includes("\\") || /^[A-Za-z]:/.test(name) || segments.includes("..")) {
    throw new ArchiveError(`${where}: the name "${raw}" points outside the archive`);
  }
  return name.replace(/\/+$/, "");
}

/**
 * Reads the members named in `wanted` (names relative to the archive root) from a .tar.gz.
 * Every member is checked, wanted or not; a wanted member that is missing is simply absent
 * from the result. `names: "any"` accepts names with ".." in members that are not wanted: only
 * for the bundle opa has just written, which names the modules it compiled after the paths it
 * was given ("/../lib/zowe.rego").
 */
export function readTarGz(
  gz: Uint8Array,
  wanted: readonly string[],
  limits: TarLimits,
  names: "safe" | "any" = "safe",
): Map<string, Uint8Array> {
  let tar: Uint8Array;
  try {
    tar = gunzipSync(gz, { maxOutputLength: limits.uncompressed });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new ArchiveError(
        `it expands to more than ${mebibytes(limits.uncompressed)}, the limit for a policy bundle`,
      );
    }
    throw new ArchiveError(`not a valid gzip file (${(error as Error).message})`);
  }
  const found = new Map<string, Uint8Array>();
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) return found;
    const where = `member at byte ${offset}`;
    if (text(header, 257, 5) !== "ustar")
      throw new ArchiveError(`${where}: not a tar header (the archive is malformed)`);
    if (octal(header, 148, 8, where) !== checksum(header))
      throw new ArchiveError(`${where}: the header checksum is wrong (the archive is malformed)`);
    const prefix = text(header, 345, 155);
    const raw = prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100);
    const member = `member "${raw}"`;
    const type = TYPES[String.fromCharCode(header[156] ?? 0)];
    if (type === "link") throw new ArchiveError(`${member} is a link; a policy bundle holds only regular files`);
    if (type === "device")
      throw new ArchiveError(`${member} is a device or FIFO; a policy bundle holds only regular files`);
    if (type === undefined)
      throw new ArchiveError(
        `${member} has the unsupported type "${String.fromCharCode(header[156] ?? 0)}"; a policy bundle holds only regular files`,
      );
    const name = names === "safe" || wanted.includes(raw.replace(/^\//, "")) ? safeName(raw, member) : raw;
    const size = octal(header, 124, 12, member);
    if (size > limits.member)
      throw new ArchiveError(
        `${member} is ${mebibytes(size)}, more than the ${mebibytes(limits.member)} a member may have`,
      );
    const start = offset + BLOCK;
    if (start + size > tar.length) throw new ArchiveError(`${member} is cut short: the archive is truncated`);
    if (type === "file" && wanted.includes(name)) {
      if (found.has(name)) throw new ArchiveError(`${member} appears twice`);
      found.set(name, tar.slice(start, start + size));
    }
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  throw new ArchiveError("the archive is truncated (it ends without the end-of-archive marker)");
}

function header(name: string, size: number): Uint8Array {
  const block = new Uint8Array(BLOCK);
  const put = (start: number, value: string) => block.set(new TextEncoder().encode(value), start);
  if (new TextEncoder().encode(name).length > 100) throw new Error(`tar member name too long: ${name}`);
  put(0, name);
  put(100, "0000644\0");
  put(108, "0000000\0");
  put(116, "0000000\0");
  put(124, `${size.toString(8).padStart(11, "0")}\0`);
  put(136, "00000000000\0"); // mtime 0: the same input gives the same bytes
  put(156, "0");
  put(257, "ustar\0");
  put(263, "00");
  put(148, `${checksum(block).toString(8).padStart(6, "0")}\0 `);
  return block;
}

/** A .tar.gz of regular files, reproducible: no timestamps, owners or modes from the machine. */
export function writeTarGz(members: ReadonlyArray<{ name: string; data: Uint8Array }>): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const { name, data } of members) {
    parts.push(header(name, data.length), data, new Uint8Array((BLOCK - (data.length % BLOCK)) % BLOCK));
  }
  parts.push(new Uint8Array(2 * BLOCK));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}
