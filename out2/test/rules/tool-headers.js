"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.js = exports.AI = exports.MCP = exports.GOOGLE = exports.ANTHROPIC = exports.OPENAI = void 0;
const espree = __importStar(require("espree"));
// The opening lines of tool-schema test cases: a client or the tool helpers of each SDK, imported.
exports.OPENAI = `import OpenAI from "openai";\nconst client = new OpenAI();`;
exports.ANTHROPIC = `import Anthropic from "@anthropic-ai/sdk";\nconst anthropic = new Anthropic();`;
exports.GOOGLE = `import { GoogleGenAI, Type } from "@google/genai";\nconst ai = new GoogleGenAI({});`;
exports.MCP = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nimport { z } from "zod";\nconst server = new McpServer({ name: "s", version: "1.0.0" });`;
exports.AI = `import { tool, jsonSchema } from "ai";\nimport { z } from "zod";`;
/** A case parsed as JavaScript. */
exports.js = { filename: "tools.js", languageOptions: { parser: espree } };
//# sourceMappingURL=tool-headers.js.map