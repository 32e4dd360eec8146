import { quoteIndexOf } from "../../src/index.js";
import { CORPUS_OPTION, loadBot, parseCli } from "./common.js";
import type { CliIo } from "./io.js";

/** `speakers [--json]`: the quoted people with their aliases and number of quotations. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCli("speakers", argv, { ...CORPUS_OPTION, json: { type: "boolean" } });
  const { corpus } = loadBot(values.corpus);
  const { speakers } = quoteIndexOf(corpus);
  if (values.json) {
    io.stdout(JSON.stringify(speakers.map((s) => ({ name: s.name, aliases: s.aliases, quotes: s.quotes }))));
    return 0;
  }
  for (const s of speakers) io.stdout(`${s.name}\t${s.quotes}${s.aliases.length > 0 ? `\t(${s.aliases.join(", ")})` : ""}`);
  return 0;
}
