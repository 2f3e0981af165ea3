"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const strict_1 = __importDefault(require("node:assert/strict"));
const typescript_1 = __importDefault(require("typescript"));
const typescript_choice_1 = require("../../src/eslint/typescript-choice");
/** The main module of the typescript 7.x package: a native compiler, no JavaScript API (lib/version.cjs). */
const typescript7 = { version: "7.0.2", versionMajorMinor: "7.0" };
describe("eslint/typescript-choice (the TypeScript the plugin parses with)", () => {
    const bundled = { ...typescript_1.default, version: "5.9.3-bundled" };
    it("uses the project's TypeScript when it has a JavaScript API of a supported major", () => {
        strict_1.default.equal((0, typescript_choice_1.canServe)(typescript_1.default), true);
        const chosen = (0, typescript_choice_1.chooseTypeScript)(() => typescript_1.default, () => bundled);
        strict_1.default.equal(chosen.source, "project");
        strict_1.default.equal(chosen.ts, typescript_1.default);
        strict_1.default.equal((0, typescript_choice_1.canServe)({ ...typescript_1.default, version: "6.0.3" }), true);
    });
    it("falls back to its own copy for TypeScript 7, 4.x, a missing or broken module", () => {
        strict_1.default.equal((0, typescript_choice_1.canServe)(typescript7), false);
        strict_1.default.equal((0, typescript_choice_1.canServe)({ ...typescript_1.default, version: "7.1.0" }), false);
        strict_1.default.equal((0, typescript_choice_1.canServe)({ ...typescript_1.default, version: "4.9.5" }), false);
        strict_1.default.equal((0, typescript_choice_1.canServe)({ ...typescript_1.default, SyntaxKind: undefined }), false);
        strict_1.default.equal((0, typescript_choice_1.canServe)(undefined), false);
        for (const load of [() => typescript7, () => undefined, () => { throw new Error("Cannot find module 'typescript'"); }]) {
            const chosen = (0, typescript_choice_1.chooseTypeScript)(load, () => bundled);
            strict_1.default.equal(chosen.source, "bundled");
            strict_1.default.equal(chosen.ts, bundled);
        }
    });
});
//# sourceMappingURL=typescript-choice.test.js.map