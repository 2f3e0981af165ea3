"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.isRepositoryRoot = isRepositoryRoot;
exports.findConfigFile = findConfigFile;
exports.loadConfigFile = loadConfigFile;
exports.parseConfigText = parseConfigText;
exports.defaultLoadedConfig = defaultLoadedConfig;
exports.loadConfigFor = loadConfigFor;
exports.configPerFolder = configPerFolder;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const pricing_1 = require("../cost/pricing");
const read_file_1 = require("../project/read-file");
const json_positions_1 = require("./json-positions");
const parse_1 = require("./parse");
const schema_1 = require("./schema");
const cache = new Map();
/** A repository's root: a folder holding `.git` (a folder, or a file in worktrees and submodules). */
function isRepositoryRoot(dir) {
    try {
        node_fs_1.default.lstatSync(node_path_1.default.join(dir, ".git"));
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The nearest costlint.config.json at or above `dir`, if any. The search stops at the repository root (a folder
 * with `.git`) or at `root` (a workspace folder), whichever comes first: a file above the project is not its own.
 */
function findConfigFile(dir, root) {
    let current = node_path_1.default.resolve(dir);
    const stop = root === undefined ? undefined : node_path_1.default.resolve(root);
    for (;;) {
        const candidate = node_path_1.default.join(current, schema_1.CONFIG_FILE_NAME);
        if (node_fs_1.default.existsSync(candidate) || isSymlink(candidate))
            return candidate;
        if (current === stop || isRepositoryRoot(current))
            return undefined;
        const parent = node_path_1.default.dirname(current);
        if (parent === current)
            return undefined;
        current = parent;
    }
}
function isSymlink(file) {
    try {
        return node_fs_1.default.lstatSync(file).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function defaultsWith(problem, file) {
    return { config: (0, schema_1.defaultConfig)(), pricing: (0, pricing_1.defaultPricingTable)(), problems: [problem], ...(file ? { file } : {}) };
}
/** Why a configuration file that is a symbolic link is not read: it leads out of its own folder. */
function linkProblem(file) {
    if (!isSymlink(file))
        return undefined;
    try {
        const target = node_fs_1.default.realpathSync(file);
        const home = node_fs_1.default.realpathSync(node_path_1.default.dirname(file));
        const inside = target.startsWith(home + node_path_1.default.sep);
        return inside ? undefined : `${file}: a symbolic link to a file outside its folder; not read, using the defaults`;
    }
    catch {
        return `${file}: a symbolic link that leads nowhere readable; using the defaults`;
    }
}
/**
 * Reads and validates a configuration file; cached by path, modification time and size. Never throws, never
 * blocks: only a regular file of at most 1 MB is read (a symlink to /dev/zero or a FIFO gets one message).
 */
function loadConfigFile(file) {
    let stat;
    try {
        stat = node_fs_1.default.statSync(file);
    }
    catch {
        return defaultsWith(linkProblem(file) ?? `${file}: cannot be read; using the defaults`, file);
    }
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size)
        return cached.loaded;
    const refused = linkProblem(file);
    let loaded;
    if (refused)
        loaded = defaultsWith(refused, file);
    else {
        const read = (0, read_file_1.readRegularFile)(file, read_file_1.SMALL_FILE_LIMIT);
        loaded = read.error !== undefined ? defaultsWith(`${file}: ${read.error}; not read, using the defaults`, file) : parseConfigText(read.text, file);
    }
    if (cache.size > 1000)
        cache.clear();
    cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
    return loaded;
}
/** Parses the text of a configuration file (JSON). Problems name the file, line:column and key. */
function parseConfigText(text, file) {
    if (text === undefined)
        return defaultsWith(`${file}: cannot be read; using the defaults`, file);
    const json = (0, json_positions_1.parseJsonWithPositions)(file, text);
    if (json.syntaxError !== undefined)
        return defaultsWith(`${file}:${json.syntaxError}; using the defaults`.replace(`${file}:not`, `${file}: not`), file);
    return { ...(0, parse_1.parseConfig)(json.value, file, json.locate), file };
}
let defaults;
/** The configuration of a project without a configuration file (one shared object). */
function defaultLoadedConfig() {
    // The price table is built when a price is first asked for (a rule's message, an estimate), not with the configuration.
    return (defaults ??= {
        config: (0, schema_1.defaultConfig)(),
        get pricing() {
            return (0, pricing_1.defaultPricingTable)();
        },
        problems: [],
    });
}
/** The configuration that applies to files in `dir`: the nearest file's (up to the repository or `root`), or the defaults. */
function loadConfigFor(dir, root) {
    const file = findConfigFile(dir, root);
    return file ? loadConfigFile(file) : defaultLoadedConfig();
}
/**
 * loadConfigFor() answered once per folder: for one run over many files (the CLI), where the configuration files do
 * not change under it.
 */
function configPerFolder(rootOf) {
    const byFolder = new Map();
    return (dir) => {
        let loaded = byFolder.get(dir);
        if (!loaded)
            byFolder.set(dir, (loaded = loadConfigFor(dir, rootOf?.(dir))));
        return loaded;
    };
}
//# sourceMappingURL=load.js.map