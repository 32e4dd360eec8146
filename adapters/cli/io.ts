import { createInterface } from "node:readline";
import type { Writable } from "node:stream";

/** What a CLI subcommand may touch: lines out, lines in. Tests pass their own. */
export interface CliIo {
  /** Writes a line; the promise, when there is one, resolves once the reader has room for more. */
  stdout(line: string): void | Promise<void>;
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
    stdout: lineWriter(process.stdout),
    stderr: (line) => process.stderr.write(`${line}\n`),
    stdin: { [Symbol.asyncIterator]: () => stdinLines()[Symbol.asyncIterator]() },
  };
}

// Created only when iterated: a readline interface made earlier drops the lines that arrive before
// the loop starts (while the corpus is being indexed).
function stdinLines(): AsyncIterable<string> {
  return createInterface({ input: process.stdin, crlfDelay: Infinity });
}

/**
 * Writes lines to a stream, returning a promise that waits for "drain" when the stream's buffer is
 * full: a reader that pauses then holds the writer back instead of growing the process's memory.
 */
export function lineWriter(stream: Writable): (line: string) => void | Promise<void> {
  // One wait for all the writes made while the buffer is full, however many callers do not wait on it.
  let drained: Promise<void> | null = null;
  return (line) => {
    if (stream.write(`${line}\n`)) return;
    drained ??= new Promise<void>((resolve) => {
      const done = () => {
        stream.off("drain", done);
        stream.off("close", done);
        drained = null;
        resolve();
      };
      stream.on("drain", done);
      stream.on("close", done);
    });
    return drained;
  };
}
