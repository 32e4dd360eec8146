/**
 * What each entry of the news hand list (src/text/lexicon-news.ts) fixes on the news dev set: the
 * questions answered right with the whole list and wrong without that one entry. An entry that fixes
 * none is not justified by the dev set and has no place in the list (tests/text/lexicon-news.test.ts).
 */
import { NEWS_LEXICON } from "../../src/text/lexicon-news.js";
import { oursRight } from "./eval-news.js";
import { newsDev } from "./news.js";
import { ours } from "./ours.js";
import { table } from "./table.js";

type List = Readonly<Record<string, readonly string[]>>;

/** Per entry of the list, the dev questions it fixes; null where ../shared is absent. */
export function entryFixes(list: List = NEWS_LEXICON): Map<string, string[]> | null {
  const dev = newsDev();
  if (!dev) return null;
  const english = dev.items.filter((i) => i.kind === "en");
  const rightWith = (newsLexicon: List) => {
    const mine = ours(dev.corpus, { resources: { newsLexicon } });
    return new Set(english.filter((i) => oursRight(mine, i)).map((i) => i.q));
  };
  const whole = rightWith(list);
  const out = new Map<string, string[]>();
  for (const entry of Object.keys(list)) {
    const without = rightWith(Object.fromEntries(Object.entries(list).filter(([word]) => word !== entry)));
    out.set(entry, [...whole].filter((q) => !without.has(q)));
  }
  return out;
}

/** The table `npm run eval` prints: each entry and the dev questions it fixes. */
export function evalNewsLexicon(): string {
  const fixes = entryFixes();
  if (!fixes) return "skipped the news hand list: ../shared/benchmarks not found";
  const rows = [...fixes].map(([entry, questions]) => [entry, String(questions.length), questions.join(" / ") || "-"]);
  return `News hand list: the English dev questions each entry fixes\n\n${table(["entry", "fixes", "questions"], rows)}`;
}
