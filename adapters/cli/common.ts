import "dotenv/config";
import { createBot, loadCorpus, type Bot, type Corpus } from "../../src/index.js";
import { corpusPath } from "../corpus-path.js";

/** Takes `--name VALUE` out of argv; returns the value (or undefined) and what is left. */
export function takeOption(argv: readonly string[], name: string): { value: string | undefined; rest: string[] } {
  const at = argv.indexOf(name);
  if (at < 0) return { value: undefined, rest: [...argv] };
  const value = argv[at + 1];
  if (value === undefined || value.startsWith("--")) throw new UsageError(`${name} needs a value.`);
  return { value, rest: [...argv.slice(0, at), ...argv.slice(at + 2)] };
}

/** Takes a `--flag` out of argv. */
export function takeFlag(argv: readonly string[], name: string): { present: boolean; rest: string[] } {
  return { present: argv.includes(name), rest: argv.filter((a) => a !== name) };
}

/** The bot on the corpus named by --corpus, CORPUS, or the default; and the remaining arguments. */
export function loadBotFromArgs(argv: readonly string[]): { bot: Bot; corpus: Corpus; rest: string[] } {
  const { value, rest } = takeOption(argv, "--corpus");
  const corpus = loadCorpus(corpusPath(value, process.env));
  return { bot: createBot(corpus), corpus, rest };
}

/** Wrong arguments: the CLI prints the message and its usage, and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
