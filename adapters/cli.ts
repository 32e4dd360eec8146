/**
 * `npm run cli -- <subcommand> ...`: one-shot answers, summaries and quotes for scripts and
 * benchmarks. Each subcommand is a module in cli/ with `run(argv, io)`.
 */
import { pathToFileURL } from "node:url";
import { CorpusError } from "../src/index.js";
import { UsageError } from "./cli/common.js";
import { processIo, type CliIo } from "./cli/io.js";

type Subcommand = (argv: string[], io: CliIo) => Promise<number>;

const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {
  ask: async () => (await import("./cli/ask.js")).run,
  chat: async () => (await import("./cli/chat.js")).run,
  summary: async () => (await import("./cli/summary.js")).run,
  quotes: async () => (await import("./cli/quotes.js")).run,
  speakers: async () => (await import("./cli/speakers.js")).run,
};

const USAGE = `usage: npm run --silent cli -- <command> [options]
  ask "QUESTION" [--corpus PATH] [--json]
  ask --jsonl [--corpus PATH]            one question per stdin line, one JSON object per line
  chat --jsonl [--corpus PATH]           a conversation: {"chat","text","reply"} per stdin line
  summary [--sentences N] [--article ID] [--corpus PATH] [--json]
  quotes [--speaker NAME] [--corpus PATH] [--json]
  speakers [--corpus PATH] [--json]`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const load = name === undefined ? undefined : SUBCOMMANDS[name];
  if (!load) {
    io.stderr(name === undefined || name === "--help" ? USAGE : `unknown command "${name}"\n${USAGE}`);
    return name === "--help" ? 0 : 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`${error.message}\n${USAGE}`);
    else if (error instanceof CorpusError) io.stderr(`Corpus error: ${error.message}`);
    else throw error;
    return error instanceof UsageError ? 2 : 1;
  }
}

// Run as a program (not imported by a test); pathToFileURL escapes spaces and other characters.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
