/**
 * Regression floors for the public benchmarks, a little below what `npm run eval` measured. They read
 * ../shared/benchmarks and are skipped, saying so, where it is absent.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../src/index.js";
import { DEFAULT_CORPUS_DIR, holdsAnswer, passageArticle, pooledCorpus, readJsonl, type QaItem } from "./bench/data.js";
import { ours } from "./bench/ours.js";
import { oursRight } from "./bench/eval-news.js";
import { newsDev } from "./bench/news.js";

const tydi = readJsonl<QaItem>("tydiqa-id-goldp-dev.jsonl");
const share = (items: readonly QaItem[], ok: (item: QaItem) => boolean) => items.filter(ok).length / items.length;

describe.skipIf(tydi === null)("answer quality on TyDi QA-id (skipped: ../shared/benchmarks not found)", () => {
  const items = tydi ?? [];

  it("finds the answering sentence within its passage (measured 80.2%)", () => {
    const top1 = share(items, (it) => {
      const mine = ours({ articles: [passageArticle("p", it.context, it.title)] });
      return holdsAnswer(mine.search(it.question, 1)[0]?.text, it.answers);
    });
    expect(top1).toBeGreaterThanOrEqual(0.78);
  });

  it("finds it among all passages pooled (measured top-1 72.9%, top-3 92.2%)", () => {
    const mine = ours(pooledCorpus(items).corpus);
    const lists = new Map(items.map((it) => [it, mine.search(it.question, 3)]));
    expect(share(items, (it) => holdsAnswer(lists.get(it)![0]?.text, it.answers))).toBeGreaterThanOrEqual(0.71);
    expect(share(items, (it) => lists.get(it)!.some((s) => holdsAnswer(s.text, it.answers)))).toBeGreaterThanOrEqual(0.9);
  });

  it("declines questions the default article does not cover (measured 98.8% on the whole article)", () => {
    const mine = ours(loadCorpus(DEFAULT_CORPUS_DIR));
    expect(share(items, (it) => !mine.answer(it.question).answered)).toBeGreaterThanOrEqual(0.97);
  });
});

const dev = newsDev();

describe.skipIf(dev === null)("answer quality on the news dev set (skipped: ../shared/benchmarks not found)", () => {
  it("answers or declines rightly (measured 80.0% overall, answerable 76.8%, English 75.0%, near-topic declined 92.9%)", () => {
    const mine = ours(dev!.corpus);
    const right = dev!.items.filter((item) => oursRight(mine, item));
    const nearTopic = dev!.items.filter((item) => item.kind === "unanswerable");
    const english = dev!.items.filter((item) => item.kind === "en");
    const answerable = dev!.items.filter((item) => item.kind !== "unanswerable");
    expect(right.length / dev!.items.length).toBeGreaterThanOrEqual(0.77);
    expect(right.filter((item) => item.kind !== "unanswerable").length / answerable.length).toBeGreaterThanOrEqual(0.74);
    expect(right.filter((item) => item.kind === "en").length / english.length).toBeGreaterThanOrEqual(0.71);
    expect(right.filter((item) => item.kind === "unanswerable").length / nearTopic.length).toBeGreaterThanOrEqual(0.89);
  });
});
