import "dotenv/config";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { createBot, loadCorpus, type Bot, type Corpus } from "../../src/index.js";
import { corpusPath } from "../corpus-path.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The option every subcommand takes. */
export const CORPUS_OPTION = { corpus: { type: "string" } } as const satisfies Options;

/**
 * A subcommand's flags by `node:util` parseArgs: unknown flags, missing values and (unless
 * `positionals`) stray words are a UsageError naming them. `--name VALUE` and `--name=VALUE` both work.
 */
export function parseCli<T extends Options>(command: string, argv: readonly string[], options: T, positionals = false) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: positionals });
  } catch (error) {
    if (isParseError(error)) throw new UsageError(`${command}: ${error.message}`);
    throw error;
  }
}

/** The bot on the corpus named by --corpus, CORPUS, or the default. */
export function loadBot(corpusFlag: string | undefined): { bot: Bot; corpus: Corpus } {
  const corpus = loadCorpus(corpusPath(corpusFlag, process.env));
  return { bot: createBot(corpus), corpus };
}

/** Wrong arguments: the CLI prints the message and its usage, and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

function isParseError(error: unknown): error is Error {
  return error instanceof TypeError && String((error as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS");
}
