"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MCP_PROFILES = void 0;
const MCP = {
    modules: ["@modelcontextprotocol/sdk/server/mcp.js", "@modelcontextprotocol/sdk/server/mcp", "@modelcontextprotocol/server"],
    exports: ["McpServer"],
    instance: true,
};
/** MCP */
exports.MCP_PROFILES = [
    { id: "mcp.tool", sdk: "@modelcontextprotocol/sdk", ...MCP, paths: [["tool"]], kind: "tool", toolSchema: { kind: "mcp-tool" } },
    {
        id: "mcp.registerTool",
        sdk: "@modelcontextprotocol/sdk",
        ...MCP,
        paths: [["registerTool"]],
        kind: "tool",
        toolSchema: { kind: "key", arg: 1, keys: ["inputSchema"], rawShape: true },
    }
];
//# sourceMappingURL=mcp.js.map