import fs from "node:fs";
import path from "node:path";
import { readRegularFile } from "./read-file";

/** A file's version: what a cache keyed on it must compare. */
export interface FileVersion {
  mtimeMs: number;
  size: number;
}

/**
 * A read-only tree of files that stands in for the disk: a commit's tree read from git (`costlint diff` analyses
 * the base revision this way, without touching the working tree). Paths are absolute, as on the disk.
 */
export interface FileTree {
  /** The text of a file of the tree, or undefined (not in the tree, not a file, unreadable). */
  readText(file: string): string | undefined;
  /** The size of a file of the tree in bytes, or undefined when it is not a file of the tree. */
  size(file: string): number | undefined;
  /** The names of a folder's entries, or undefined when the folder is not in the tree. */
  entries(dir: string): { name: string; isDirectory: boolean }[] | undefined;
}

/**
 * The project's files as the cross-file analysis may read them. A repository is untrusted input: only regular
 * files (a symlink counts by its target: never a device, a FIFO or a folder) below a size limit are read, and no
 * error escapes. The editor overlays the text of open documents, which may differ from the disk.
 */
export class ProjectFiles {
  private readonly overlays = new Map<string, { text: string; version: number }>();
  /** The names in each folder read so far: most candidate paths of a resolution do not exist, and need no stat. */
  private readonly listings = new Map<string, Set<string> | null>();

  /** With a tree, the tree is read instead of the disk (overlays still win). */
  constructor(readonly maxFileSize: number, private readonly tree?: FileTree) {}

  setOverlay(file: string, text: string, version: number): void {
    this.overlays.set(path.resolve(file), { text, version });
  }

  deleteOverlay(file: string): void {
    this.overlays.delete(path.resolve(file));
  }

  /** Forgets the folder listings (files were created or deleted). */
  clearListings(): void {
    this.listings.clear();
  }

  private listed(file: string): boolean {
    const dir = path.dirname(file);
    let names = this.listings.get(dir);
    if (names === undefined && this.tree) {
      const entries = this.tree.entries(dir);
      names = entries ? new Set(entries.map((e) => e.name)) : null;
      this.listings.set(dir, names);
    }
    if (names === undefined) {
      try {
        names = new Set(fs.readdirSync(dir));
      } catch {
        names = null;
      }
      if (this.listings.size > 20_000) this.listings.clear();
      this.listings.set(dir, names);
    }
    return !!names && names.has(path.basename(file));
  }

  /** The version of a readable regular file, or undefined (missing, not regular, too big, unreadable). */
  version(file: string): FileVersion | undefined {
    const overlay = this.overlays.get(file);
    if (overlay) return { mtimeMs: -overlay.version - 1, size: overlay.text.length };
    if (!this.listed(file)) return undefined;
    if (this.tree) {
      const size = this.tree.size(file);
      return size === undefined || size > this.maxFileSize ? undefined : { mtimeMs: 0, size };
    }
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile() || stat.size > this.maxFileSize) return undefined;
      return { mtimeMs: stat.mtimeMs, size: stat.size };
    } catch {
      return undefined;
    }
  }

  isRegularFile(file: string): boolean {
    return this.version(file) !== undefined;
  }

  /** A JavaScript or TypeScript source file (not a declaration file). */
  isSourceFile(file: string): boolean {
    return !/\.d\.[mc]?ts$/.test(file) && this.isRegularFile(file);
  }

  readText(file: string): string | undefined {
    const overlay = this.overlays.get(file);
    if (overlay) return overlay.text;
    if (!this.isRegularFile(file)) return undefined;
    if (this.tree) return this.tree.readText(file);
    // Checked again on the opened descriptor (the path may have become a FIFO or a device since the stat).
    const read = readRegularFile(file, this.maxFileSize * 3);
    return read.text === undefined || read.text.length > this.maxFileSize ? undefined : read.text;
  }

  /** The entries of a folder (names, and whether each is a folder), at most 5,000; [] when it cannot be read. */
  entries(dir: string): { name: string; isDirectory: boolean }[] {
    if (this.tree) return (this.tree.entries(dir) ?? []).slice(0, 5000);
    try {
      return fs
        .readdirSync(dir, { withFileTypes: true })
        .slice(0, 5000)
        .map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
    } catch {
      return [];
    }
  }

  /** The sub-folders of a folder (not following anything odd), at most 5,000. */
  listDirectories(dir: string): string[] {
    if (this.tree) {
      return (this.tree.entries(dir) ?? [])
        .filter((e) => e.isDirectory && e.name !== "node_modules" && !e.name.startsWith("."))
        .slice(0, 5000)
        .map((e) => e.name);
    }
    try {
      return fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name !== "node_modules" && !e.name.startsWith("."))
        .slice(0, 5000)
        .map((e) => e.name);
    } catch {
      return [];
    }
  }
}
