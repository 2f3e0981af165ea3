"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProjectFiles = void 0;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const read_file_1 = require("./read-file");
/**
 * The project's files as the cross-file analysis may read them. A repository is untrusted input: only regular
 * files (a symlink counts by its target: never a device, a FIFO or a folder) below a size limit are read, and no
 * error escapes. The editor overlays the text of open documents, which may differ from the disk.
 */
class ProjectFiles {
    maxFileSize;
    tree;
    overlays = new Map();
    /** The names in each folder read so far: most candidate paths of a resolution do not exist, and need no stat. */
    listings = new Map();
    /** With a tree, the tree is read instead of the disk (overlays still win). */
    constructor(maxFileSize, tree) {
        this.maxFileSize = maxFileSize;
        this.tree = tree;
    }
    setOverlay(file, text, version) {
        this.overlays.set(node_path_1.default.resolve(file), { text, version });
    }
    deleteOverlay(file) {
        this.overlays.delete(node_path_1.default.resolve(file));
    }
    /** Forgets the folder listings (files were created or deleted). */
    clearListings() {
        this.listings.clear();
    }
    listed(file) {
        const dir = node_path_1.default.dirname(file);
        let names = this.listings.get(dir);
        if (names === undefined && this.tree) {
            const entries = this.tree.entries(dir);
            names = entries ? new Set(entries.map((e) => e.name)) : null;
            this.listings.set(dir, names);
        }
        if (names === undefined) {
            try {
                names = new Set(node_fs_1.default.readdirSync(dir));
            }
            catch {
                names = null;
            }
            if (this.listings.size > 20_000)
                this.listings.clear();
            this.listings.set(dir, names);
        }
        return !!names && names.has(node_path_1.default.basename(file));
    }
    /** The version of a readable regular file, or undefined (missing, not regular, too big, unreadable). */
    version(file) {
        const overlay = this.overlays.get(file);
        if (overlay)
            return { mtimeMs: -overlay.version - 1, size: overlay.text.length };
        if (!this.listed(file))
            return undefined;
        if (this.tree) {
            const size = this.tree.size(file);
            return size === undefined || size > this.maxFileSize ? undefined : { mtimeMs: 0, size };
        }
        try {
            const stat = node_fs_1.default.statSync(file);
            if (!stat.isFile() || stat.size > this.maxFileSize)
                return undefined;
            return { mtimeMs: stat.mtimeMs, size: stat.size };
        }
        catch {
            return undefined;
        }
    }
    isRegularFile(file) {
        return this.version(file) !== undefined;
    }
    /** A JavaScript or TypeScript source file (not a declaration file). */
    isSourceFile(file) {
        return !/\.d\.[mc]?ts$/.test(file) && this.isRegularFile(file);
    }
    readText(file) {
        const overlay = this.overlays.get(file);
        if (overlay)
            return overlay.text;
        if (!this.isRegularFile(file))
            return undefined;
        if (this.tree)
            return this.tree.readText(file);
        // Checked again on the opened descriptor (the path may have become a FIFO or a device since the stat).
        const read = (0, read_file_1.readRegularFile)(file, this.maxFileSize * 3);
        return read.text === undefined || read.text.length > this.maxFileSize ? undefined : read.text;
    }
    /** The entries of a folder (names, and whether each is a folder), at most 5,000; [] when it cannot be read. */
    entries(dir) {
        if (this.tree)
            return (this.tree.entries(dir) ?? []).slice(0, 5000);
        try {
            return node_fs_1.default
                .readdirSync(dir, { withFileTypes: true })
                .slice(0, 5000)
                .map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
        }
        catch {
            return [];
        }
    }
    /** The sub-folders of a folder (not following anything odd), at most 5,000. */
    listDirectories(dir) {
        if (this.tree) {
            return (this.tree.entries(dir) ?? [])
                .filter((e) => e.isDirectory && e.name !== "node_modules" && !e.name.startsWith("."))
                .slice(0, 5000)
                .map((e) => e.name);
        }
        try {
            return node_fs_1.default
                .readdirSync(dir, { withFileTypes: true })
                .filter((e) => e.isDirectory() && e.name !== "node_modules" && !e.name.startsWith("."))
                .slice(0, 5000)
                .map((e) => e.name);
        }
        catch {
            return [];
        }
    }
}
exports.ProjectFiles = ProjectFiles;
//# sourceMappingURL=files.js.map