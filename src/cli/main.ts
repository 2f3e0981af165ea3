import { parseArgs } from "node:util";
import { colorsFor } from "./colors";
import { PathError } from "./files";
import { formatLint, lintFiles } from "./lint-command";
import { buildReport, formatReport } from "./report-command";
import { exitQuietlyOnClosedPipe, internalErrorMessage } from "./process-io";
import { safeJson, safeLine } from "./safe-text";

const USAGE = `Usage: costlint <command> [options] [paths...]

Commands:
  report [paths...]   Every LLM call site with its estimated tokens and cost, default path "."
                      --json  machine-readable output
  lint [paths...]     Report cost risks in agent code (the ESLint plugin's rules), default path "."
                      --all   also the rules not in the recommended set
  help                This text

Exit codes: 0 no errors, 1 errors found, 2 bad arguments, a path that does not exist or a bad costlint.config.json.`;

export class UsageError extends Error {}

export function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === "help" || command === "--help" || command === "-h") {
      io.stdout.write(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    if (command === "--version" || command === "-v") {
      io.stdout.write(`${typeof COSTLINT_VERSION === "string" ? COSTLINT_VERSION : "dev"}\n`);
      return 0;
    }
    let configProblems = 0;
    const sayProblem = (problem: string): void => {
      configProblems++;
      io.stderr.write(`costlint: ${safeLine(problem)}\n`);
    };
    if (command === "report") {
      const { values, positionals } = parseArgsOrThrow(rest, { json: { type: "boolean", default: false } });
      const progress = io.stderr.isTTY && !values.json;
      const report = buildReport(positionals.length ? positionals : ["."], {
        cwd: io.cwd,
        onConfigProblem: sayProblem,
        ...(progress
          ? { onProgress: (done: number, total: number) => void (total > 20 && io.stderr.write(done < total ? `\rcostlint: ${done}/${total} files` : "\r\u001b[K")) }
          : {}),
      });
      for (const failure of report.failures) io.stderr.write(`${safeLine(failure)}\n`);
      io.stdout.write(values.json ? `${safeJson(JSON.stringify(report, null, 2))}\n` : `${formatReport(report, colorsFor(io.stdout))}\n`);
      return configProblems ? 2 : 0;
    }
    if (command === "lint") {
      const { values, positionals } = parseArgsOrThrow(rest, { all: { type: "boolean", default: false } });
      const results = lintFiles(positionals.length ? positionals : ["."], { all: !!values.all, cwd: io.cwd, onConfigProblem: sayProblem });
      for (const failure of results.flatMap((r) => r.failures)) io.stderr.write(`${safeLine(failure)}\n`);
      io.stdout.write(`${formatLint(results, colorsFor(io.stdout))}\n`);
      if (configProblems) return 2;
      return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathError) {
      io.stderr.write(`costlint: ${safeLine(error.message)}\n${error instanceof UsageError ? `\n${USAGE}\n` : ""}`);
      return 2;
    }
    io.stderr.write(`${internalErrorMessage(error)}\n`);
    return 2;
  }
}

type ArgSpec = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

export function parseArgsOrThrow<O extends ArgSpec>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

declare const COSTLINT_VERSION: string | undefined;

if (require.main === module) {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  process.exitCode = main(process.argv.slice(2));
}
