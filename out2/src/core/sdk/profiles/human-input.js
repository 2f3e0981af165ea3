"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HUMAN_INPUT_EXPORTS = void 0;
/**
 * Terminal prompt libraries: a call of one of these exports waits for a person. A loop or recursion that waits on
 * one each turn is a chat REPL, paced by the person at the keyboard, not an agent loop.
 * (@clack/prompts 0.x: text, confirm, select, multiselect, password, groupMultiselect, selectKey;
 * @inquirer/prompts: input, confirm, select, checkbox, editor, expand, number, password, rawlist, search.)
 */
exports.HUMAN_INPUT_EXPORTS = [
    { module: "@clack/prompts", exports: ["text", "confirm", "select", "multiselect", "password", "groupMultiselect", "selectKey"] },
    { module: "@inquirer/prompts", exports: ["input", "confirm", "select", "checkbox", "editor", "expand", "number", "password", "rawlist", "search"] },
    { module: "inquirer", exports: ["prompt"] },
    { module: "enquirer", exports: ["prompt"] },
    { module: "prompts", exports: ["default"] },
];
//# sourceMappingURL=human-input.js.map