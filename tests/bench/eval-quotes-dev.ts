/**
 * The quote tables of `npm run eval` beside the labelled-overlap one: the public dev set
 * (news-quotes-dev.jsonl, scored as issue 13 states it, per kind and per how the article names the
 * speaker) and the default article's labels, each with the code before the speaker resolver
 * (quote-baseline.ts) measured in the same run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { table } from "./table.js";
import { BASELINE_COMMIT, baselineReader, type QuoteReader } from "./quote-baseline.js";
import { currentReader, devArticleIds, readDevArticles, readDevQuotes, scoreDev, type DevScores } from "./quotes-dev.js";
import { matchQuotes, sameSpeaker, type GoldArticle } from "./quote-match.js";
import { REPO_ROOT } from "./indosum.js";
import type { Quote } from "../../src/types.js";

const KIND_NAMES = { direct: "direct", indirect: "reported" } as const;

const share = (n: number, of: number) => `${n}/${of} (${of === 0 ? "-" : ((100 * n) / of).toFixed(1)}%)`;

function devRows(runs: readonly DevScores[]): string[][] {
  const rows: string[][] = [];
  const first = runs[0]!;
  for (const kind of ["direct", "indirect"] as const) {
    const labels = first.results.filter((r) => r.gold.kind === kind);
    const each = (pick: (s: DevScores) => number) => runs.map((s) => share(pick(s), labels.length));
    const mine = (s: DevScores) => s.results.filter((r) => r.gold.kind === kind);
    rows.push([`${KIND_NAMES[kind]}: found`, ...each((s) => mine(s).filter((r) => r.found).length)]);
    rows.push([`${KIND_NAMES[kind]}: right speaker`, ...each((s) => mine(s).filter((r) => r.right).length)]);
    for (const how of [...new Set(labels.map((r) => r.gold.how))].sort()) {
      const n = labels.filter((r) => r.gold.how === how).length;
      rows.push([`  ${how}: right speaker`, ...runs.map((s) => share(mine(s).filter((r) => r.gold.how === how && r.right).length, n))]);
    }
  }
  rows.push(["quotations given to someone never quoted", ...runs.map((s) => `${s.strayQuotes.length} of ${s.extracted}`)]);
  return rows;
}

/** The default article's labels: found and right speaker per kind, and quotations given to others. */
function defaultRows(gold: GoldArticle, quoteLists: readonly (readonly Quote[])[]): string[][] {
  const speakers = [...new Set(gold.quotes.map((q) => q.speaker))];
  const rows: string[][] = [];
  for (const kind of ["direct", "indirect"] as const) {
    const labels = gold.quotes.filter((q) => q.kind === kind);
    const pairs = quoteLists.map((quotes) => matchQuotes(labels, quotes).filter((p) => p.found.kind === kind));
    rows.push([`default article ${KIND_NAMES[kind]}: found`, ...pairs.map((p) => share(p.length, labels.length))]);
    rows.push([`default article ${KIND_NAMES[kind]}: right speaker`, ...pairs.map((p) => share(p.filter((x) => sameSpeaker(x.gold.speaker, x.found.speaker)).length, labels.length))]);
  }
  const strays = (quotes: readonly Quote[]) => quotes.filter((q) => !speakers.some((s) => sameSpeaker(s, q.speaker)));
  rows.push(["default article: quotations given to someone never quoted", ...quoteLists.map((q) => `${strays(q).length} of ${q.length}`)]);
  return rows;
}

/** The default article's labels in tests/fixtures/quotes-gold.json (they need no ../shared). */
function defaultGold(): GoldArticle {
  const all = JSON.parse(readFileSync(join(REPO_ROOT, "tests/fixtures/quotes-gold.json"), "utf8")) as GoldArticle[];
  return all.find((g) => g.source === "corpus")!;
}

/** The dev-set and default-article tables, or a note saying why the dev set was skipped. */
export async function evalQuotesDev(): Promise<string> {
  const baseline = await baselineReader();
  const readers: QuoteReader[] = baseline ? [baseline, currentReader] : [currentReader];
  const header = ["measure", ...(baseline ? [`before (${BASELINE_COMMIT})`] : []), "now"];
  const corpusDir = join(REPO_ROOT, "corpus");
  const gold = defaultGold();
  const byDefault = readers.map((read) => read(corpusDir).filter((q) => q.article === gold.article));
  const labels = readDevQuotes();
  const note = baseline ? "" : `\n(before column skipped: commit ${BASELINE_COMMIT} not available)`;
  if (!labels) return `${table(header, defaultRows(gold, byDefault))}\nQuote dev set: skipped, ../shared/benchmarks/news-quotes-dev.jsonl not found${note}`;
  const lists = readDevArticles(devArticleIds(labels), readers);
  const runs = lists.map((quotes) => scoreDev(labels, quotes));
  return [
    `Quote dev set (news-quotes-dev.jsonl: ${labels.length} quotations of ${devArticleIds(labels).length} IndoSum articles; found = a quotation of its kind holds the key, right = its speaker shares a name word with the label)`,
    table(header, [...devRows(runs), ...defaultRows(gold, byDefault)]),
  ].join("\n") + note;
}
