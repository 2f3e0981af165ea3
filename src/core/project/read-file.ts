import fs from "node:fs";

/** A file's text, or why it was not read (one short reason, never the file's content). */
export type ReadResult = { text: string; error?: undefined } | { text?: undefined; error: string };

/** The largest configuration or ignore file read (bytes). */
export const SMALL_FILE_LIMIT = 1_000_000;

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "a folder, not a file",
  ELOOP: "a symbolic link loop",
  ENAMETOOLONG: "name too long",
  ENOTDIR: "a path through something that is not a folder",
  EMFILE: "too many open files",
};

/** A short reason for a file system error, from its code. */
export function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && Object.hasOwn(REASONS, code)) return REASONS[code]!;
  return code ?? "cannot be read";
}

const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

/**
 * Reads a file a repository holds as untrusted input: only a regular file (checked with fstat on the opened
 * descriptor, so a symlink to /dev/zero, a FIFO or a folder is refused whatever lstat said), opened without
 * blocking (a FIFO with no writer does not hang the host), and at most `maxBytes` bytes. Never throws.
 */
export function readRegularFile(file: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NONBLOCK);
  } catch (error) {
    return { error: errorReason(error) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { error: "not a regular file (a device, a FIFO, a socket or a folder)" };
    if (stat.size > maxBytes) return { error: `larger than the ${formatBytes(maxBytes)} limit` };
    // Read at most maxBytes + 1 bytes: a file that grows while read is still bounded.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { error: `larger than the ${formatBytes(maxBytes)} limit` };
    return { text: buffer.toString("utf8", 0, length) };
  } catch (error) {
    return { error: errorReason(error) };
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      // nothing to do
    }
  }
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} kB`;
}
