"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SMALL_FILE_LIMIT = void 0;
exports.errorReason = errorReason;
exports.readRegularFile = readRegularFile;
const node_fs_1 = __importDefault(require("node:fs"));
/** The largest configuration or ignore file read (bytes). */
exports.SMALL_FILE_LIMIT = 1_000_000;
const REASONS = {
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
function errorReason(error) {
    const code = error?.code;
    if (code && Object.hasOwn(REASONS, code))
        return REASONS[code];
    return code ?? "cannot be read";
}
const NONBLOCK = node_fs_1.default.constants.O_NONBLOCK ?? 0;
/**
 * Reads a file a repository holds as untrusted input: only a regular file (checked with fstat on the opened
 * descriptor, so a symlink to /dev/zero, a FIFO or a folder is refused whatever lstat said), opened without
 * blocking (a FIFO with no writer does not hang the host), and at most `maxBytes` bytes. Never throws.
 */
function readRegularFile(file, maxBytes) {
    let fd;
    try {
        fd = node_fs_1.default.openSync(file, node_fs_1.default.constants.O_RDONLY | NONBLOCK);
    }
    catch (error) {
        return { error: errorReason(error) };
    }
    try {
        const stat = node_fs_1.default.fstatSync(fd);
        if (!stat.isFile())
            return { error: "not a regular file (a device, a FIFO, a socket or a folder)" };
        if (stat.size > maxBytes)
            return { error: `larger than the ${formatBytes(maxBytes)} limit` };
        // Read at most maxBytes + 1 bytes: a file that grows while read is still bounded.
        const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const n = node_fs_1.default.readSync(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > maxBytes)
            return { error: `larger than the ${formatBytes(maxBytes)} limit` };
        return { text: buffer.toString("utf8", 0, length) };
    }
    catch (error) {
        return { error: errorReason(error) };
    }
    finally {
        try {
            node_fs_1.default.closeSync(fd);
        }
        catch {
            // nothing to do
        }
    }
}
function formatBytes(n) {
    return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} kB`;
}
//# sourceMappingURL=read-file.js.map