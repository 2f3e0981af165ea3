"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unitGraph = unitGraph;
exports.sliceFor = sliceFor;
exports.blankedText = blankedText;
const units_1 = require("./syntax/units");
function buildGraph(facts) {
    const declarers = new Map();
    const fixed = new Set();
    for (let i = 0; i < facts.length; i++) {
        const u = facts[i];
        for (const name of u.declares) {
            push(declarers, name, i);
            if (u.primitive || u.import)
                fixed.add(name);
        }
    }
    const graph = { facts, declarers, mentions: [], users: new Map(), sharing: new Map(), fixed };
    for (let i = 0; i < facts.length; i++) {
        graph.mentions.push([]);
        addUnit(graph, i, facts[i]);
    }
    return graph;
}
function addUnit(graph, i, u) {
    const mentions = [];
    for (const name of u.names) {
        if (!graph.declarers.has(name))
            continue;
        mentions.push(name);
        push(graph.users, name, i);
    }
    graph.mentions[i] = mentions;
    for (const name of u.shares)
        if (graph.declarers.has(name) && !graph.fixed.has(name))
            graph.sharing.set(name, (graph.sharing.get(name) ?? 0) + 1);
}
function removeUnit(graph, i, u) {
    for (const name of graph.mentions[i]) {
        const list = graph.users.get(name);
        list.splice(list.indexOf(i), 1);
    }
    graph.mentions[i] = [];
    for (const name of u.shares) {
        const n = graph.sharing.get(name);
        if (n !== undefined)
            graph.sharing.set(name, n - 1);
    }
}
const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
/**
 * The graph of a new version of the file: the last one with the edited statement's entries replaced, when every other
 * statement is the same node as then (an incremental parse reuses them) and the edited one declares the same names;
 * else built anew.
 */
function unitGraph(sourceFile, edited, last) {
    const statements = sourceFile.statements;
    const facts = statements.map((s) => (0, units_1.unitFacts)(s, sourceFile));
    if (last && last.facts.length === facts.length && sameList(last.facts[edited].declares, facts[edited].declares)) {
        let same = true;
        for (let i = 0; same && i < facts.length; i++)
            if (i !== edited && facts[i] !== last.facts[i])
                same = false;
        if (same) {
            removeUnit(last, edited, last.facts[edited]);
            last.facts = facts;
            addUnit(last, edited, facts[edited]);
            return last;
        }
    }
    return buildGraph(facts);
}
/**
 * The statements an edit of statement `edited` reaches (`before`: its facts before the edit, which must declare the
 * same names), in the graph of the new version.
 */
function sliceFor(graph, edited, before) {
    const { facts, declarers, users } = graph;
    const shared = (name) => (graph.sharing.get(name) ?? 0) > 0 || (before.shares.has(name) && !graph.fixed.has(name));
    // The edited statement mentions what it mentioned before the edit too.
    const beforeMentions = [];
    for (const name of before.names)
        if (declarers.has(name))
            beforeMentions.push(name);
    const mentionsOf = (i) => (i === edited ? [...graph.mentions[i], ...beforeMentions] : graph.mentions[i]);
    const usersOf = (name) => users.get(name) ?? [];
    const readsCallers = (i) => facts[i].readsCallers || (i === edited && before.readsCallers);
    const recompute = closure([edited], (i, add) => {
        for (const name of facts[i].declares)
            for (const j of usersOf(name))
                add(j);
        for (const name of mentionsOf(i)) {
            if (shared(name)) {
                for (const j of usersOf(name))
                    add(j);
            }
            for (const j of declarers.get(name) ?? [])
                if (readsCallers(j))
                    add(j);
        }
        // Users of a name the edited statement no longer mentions are found through the names it mentioned before.
        if (i === edited)
            for (const name of beforeMentions)
                if (shared(name))
                    for (const j of usersOf(name))
                        add(j);
    });
    const read = closure([...recompute], (i, add) => {
        for (const name of mentionsOf(i)) {
            for (const j of declarers.get(name) ?? [])
                add(j);
            if (shared(name))
                for (const j of usersOf(name))
                    add(j);
        }
        if (readsCallers(i))
            for (const name of facts[i].declares)
                for (const j of usersOf(name))
                    add(j);
    });
    return { recompute, read };
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function closure(start, next) {
    const seen = new Set(start);
    const queue = [...start];
    const add = (j) => {
        if (seen.has(j))
            return;
        seen.add(j);
        queue.push(j);
    };
    while (queue.length)
        next(queue.pop(), add);
    return seen;
}
/**
 * The text with every statement not in `keep` blanked: its characters become spaces (line breaks stay), with a `;`
 * where it began so the statements around it stay apart (no automatic semicolon insertion joins them).
 */
function blankedText(sourceFile, keep) {
    const text = sourceFile.text;
    const parts = [];
    let at = 0;
    const statements = sourceFile.statements;
    for (let i = 0; i < statements.length; i++) {
        if (keep.has(i))
            continue;
        const s = statements[i];
        const start = s.getStart(sourceFile);
        if (start >= s.end)
            continue;
        parts.push(text.slice(at, start), blankOf(s, text, start));
        at = s.end;
    }
    parts.push(text.slice(at));
    return parts.join("");
}
/** A statement's blank (a statement's text is the same wherever an incremental parse moved it: memoised per node). */
const blanks = new WeakMap();
function blankOf(statement, text, start) {
    let blank = blanks.get(statement);
    if (blank === undefined) {
        const out = [";"];
        let from = start + 1;
        const end = statement.end;
        while (from < end) {
            LINE_BREAK.lastIndex = from;
            const m = LINE_BREAK.exec(text);
            const stop = m && m.index < end ? m.index : end;
            out.push(" ".repeat(stop - from));
            if (stop < end)
                out.push(text[stop]);
            from = stop + 1;
        }
        blank = out.join("");
        blanks.set(statement, blank);
    }
    return blank;
}
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
//# sourceMappingURL=edit-slice.js.map