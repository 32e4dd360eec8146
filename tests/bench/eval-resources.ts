/**
 * (6) What each lexical resource adds: the main figures with each resource switched off in turn, and
 * with all of them off, through the index's resource settings (src/search/resources.ts).
 */
import { loadCorpus } from "../../src/index.js";
import type { Resources } from "../../src/search/resources.js";
import { DEFAULT_CORPUS_DIR, holdsAnswer, pooledCorpus, readJsonl, type QaItem } from "./data.js";
import { readLabelled } from "./eval-qa.js";
import { oursRight } from "./eval-news.js";
import { newsDev } from "./news.js";
import { ours } from "./ours.js";
import { table } from "./table.js";

const OFF: Record<string, Partial<Resources>> = {
  "FreeDict lexicon": { dictionary: false },
  "news hand list": { newsLexicon: {} },
  "MyThes thesaurus": { thesaurusWeight: 0, thesaurusWeakWeight: 0 },
  "WordNet (EN→ID)": { wordnetWeight: 0 },
  "dictionary synonyms": { synonymWeight: 0 },
  "colloquial roots": { colloquialWeight: 0 },
};

/** Every resource off at once. */
export const ALL_OFF: Partial<Resources> = Object.assign({}, ...Object.values(OFF)) as Partial<Resources>;

const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);

/** The figures the ablation table shows, for one setting: [news answerable, news English, labelled all, labelled English, TyDi pooled top-1]. */
export function figures(resources: Partial<Resources>): string[] {
  const options = { resources };
  const out: string[] = [];
  const dev = newsDev();
  if (dev) {
    const mine = ours(dev.corpus, options);
    const answerable = dev.items.filter((i) => i.kind !== "unanswerable");
    const english = dev.items.filter((i) => i.kind === "en");
    out.push(pct(answerable.filter((i) => oursRight(mine, i)).length, answerable.length), pct(english.filter((i) => oursRight(mine, i)).length, english.length));
  } else out.push("-", "-");
  const own = ours(loadCorpus(DEFAULT_CORPUS_DIR), options);
  const labelled = readLabelled();
  const right = labelled.filter((l) => {
    const a = own.answer(l.q);
    return l.gold === null ? !a.answered : a.answered && l.gold.some((g) => a.answer!.text.includes(g));
  });
  out.push(pct(right.length, labelled.length), pct(right.filter((l) => l.kind === "english").length, labelled.filter((l) => l.kind === "english").length));
  const tydi = readJsonl<QaItem>("tydiqa-id-goldp-dev.jsonl");
  if (tydi) {
    const pooled = ours(pooledCorpus(tydi).corpus, options);
    out.push(pct(tydi.filter((t) => holdsAnswer(pooled.search(t.question, 1)[0]?.text, t.answers)).length, tydi.length));
  } else out.push("-");
  return out;
}

/** The ablation table: all resources, each one off, all off. */
export function evalResources(): string {
  const rows = [["all resources (as shipped)", ...figures({})]];
  for (const [name, off] of Object.entries(OFF)) rows.push([`without ${name}`, ...figures(off)]);
  rows.push(["without any of them", ...figures(ALL_OFF)]);
  const header = ["(6) lexical resources", "news answerable", "news English", "labelled all", "labelled English", "TyDi pooled top-1"];
  return `What each lexical resource adds (each switched off in turn)\n\n${table(header, rows)}`;
}
