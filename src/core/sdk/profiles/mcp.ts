import type { SdkProfile } from "../profile-types";

const MCP = {
  modules: ["@modelcontextprotocol/sdk/server/mcp.js", "@modelcontextprotocol/sdk/server/mcp", "@modelcontextprotocol/server"],
  exports: ["McpServer"],
  instance: true,
} as const;

/** MCP */
export const MCP_PROFILES: readonly SdkProfile[] = [
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
