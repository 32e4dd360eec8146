import { quoteIndexOf, SPEAKER_MAX_SCORE, type Quote } from "../../src/index.js";
import { CORPUS_OPTION, loadBot, parseCli } from "./common.js";
import type { CliIo } from "./io.js";

const QUOTES_OPTIONS = { ...CORPUS_OPTION, speaker: { type: "string" }, json: { type: "boolean" } } as const;

/** `quotes [--speaker NAME] [--json]`: every quotation (or one speaker's), one per line. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCli("quotes", argv, QUOTES_OPTIONS);
  const { corpus } = loadBot(values.corpus);
  const index = quoteIndexOf(corpus);
  let quotes: readonly Quote[] = index.quotes;
  if (values.speaker !== undefined) {
    const hits = index.find(values.speaker);
    const best = hits[0];
    if (!best || best.score > SPEAKER_MAX_SCORE || best.speaker.quotes === 0) {
      const near = hits.filter((h) => h.speaker.quotes > 0).map((h) => h.speaker.name);
      const closest = near.length > 0 ? near : index.speakers.slice(0, 3).map((s) => s.name);
      io.stderr(`no quoted speaker "${values.speaker}"${closest.length > 0 ? `; closest: ${closest.join(", ")}` : ""}`);
      return 1;
    }
    quotes = index.quotesOf(best.speaker.name);
  }
  for (const q of quotes) io.stdout(values.json ? JSON.stringify(toJson(q)) : plain(q));
  return 0;
}

/** The JSON contract of one quotation. */
export function toJson(q: Quote): Record<string, unknown> {
  return { speaker: q.speaker, cue: q.cue, kind: q.kind, text: q.text, article: q.article, paragraph: q.paragraph, sentence: q.sentence };
}

function plain(q: Quote): string {
  const kind = q.kind === "direct" ? "" : " (indirect)";
  return `${q.article} [${q.paragraph}:${q.sentence}] ${q.speaker}${kind}: “${q.text}”`;
}
