import { quoteIndexOf } from "../../src/index.js";
import { loadBotFromArgs, takeFlag, UsageError } from "./common.js";
import type { CliIo } from "./io.js";

/** `speakers [--json]`: the quoted people with their aliases and number of quotations. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { corpus, rest } = loadBotFromArgs(argv);
  const json = takeFlag(rest, "--json");
  if (json.rest.length > 0) throw new UsageError(`speakers does not take "${json.rest.join(" ")}".`);
  const { speakers } = quoteIndexOf(corpus);
  if (json.present) {
    io.stdout(JSON.stringify(speakers.map((s) => ({ name: s.name, aliases: s.aliases, quotes: s.quotes }))));
    return 0;
  }
  for (const s of speakers) io.stdout(`${s.name}\t${s.quotes}${s.aliases.length > 0 ? `\t(${s.aliases.join(", ")})` : ""}`);
  return 0;
}
