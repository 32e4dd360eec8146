/** Runs the CLI's `main(argv, io)` in this process, as a test would read the process's output. */
import { main } from "../adapters/cli.js";

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The CLI with these arguments and these stdin lines; stdout and stderr as text, lines ended by \n. */
export async function runCli(args: readonly string[], stdinLines: readonly string[] = []): Promise<CliRun> {
  // As the process tests ran it: the default corpus unless --corpus names one.
  process.env.CORPUS = "";
  const out: string[] = [];
  const err: string[] = [];
  const stdin = (async function* () {
    yield* stdinLines;
  })();
  const status = await main([...args], { stdout: (line) => void out.push(`${line}\n`), stderr: (line) => err.push(`${line}\n`), stdin });
  return { status, stdout: out.join(""), stderr: err.join("") };
}
