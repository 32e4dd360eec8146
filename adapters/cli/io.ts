import { createInterface } from "node:readline";

/** What a CLI subcommand may touch: lines out, lines in. Tests pass their own. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  readonly stdin: AsyncIterable<string>;
}

/** The process's own standard streams, read line by line. */
export function processIo(): CliIo {
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
