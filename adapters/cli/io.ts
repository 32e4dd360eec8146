import { createInterface } from "node:readline";

/** What a CLI subcommand may touch: lines out, lines in. Tests pass their own. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  readonly stdin: AsyncIterable<string>;
}

/**
 * The process's own standard streams, read line by line. When the reader of stdout goes away
 * (`npm run --silent cli -- quotes | head -1`), the CLI stops quietly with exit code 0: the reader
 * has everything it asked for.
 */
export function processIo(): CliIo {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    stdin: { [Symbol.asyncIterator]: () => stdinLines()[Symbol.asyncIterator]() },
  };
}

// Created only when iterated: a readline interface made earlier drops the lines that arrive before
// the loop starts (while the corpus is being indexed).
function stdinLines(): AsyncIterable<string> {
  return createInterface({ input: process.stdin, crlfDelay: Infinity });
}
