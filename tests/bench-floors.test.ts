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

  it("finds the answering sentence within its passage (measured 80.9%)", () => {
    const top1 = share(items, (it) => {
      const mine = ours({ articles: [passageArticle("p", it.context, it.title)] });
      return holdsAnswer(mine.search(it.question, 1)[0]?.text, it.answers);
    });
    expect(top1).toBeGreaterThanOrEqual(0.78);
  });

  it("finds it among all passages pooled (measured top-1 74.0%, top-3 92.4%)", () => {
    const mine = ours(pooledCorpus(items).corpus);
    const lists = new Map(items.map((it) => [it, mine.search(it.question, 3)]));
    expect(share(items, (it) => holdsAnswer(lists.get(it)![0]?.text, it.answers))).toBeGreaterThanOrEqual(0.72);
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

const idk = readJsonl<QaItem>("idkmrc-test.jsonl");

describe.skipIf(idk === null)("answer quality on IDK-MRC (skipped: ../shared/benchmarks not found)", () => {
  it("answers the answerable questions and declines the others, each asked of its own passage (measured 59.2% / 72.5%)", () => {
    const answers = (idk ?? []).map((item) => ({ item, answer: ours({ articles: [passageArticle("p", item.context, item.title)] }).answer(item.question) }));
    const answerable = answers.filter(({ item }) => !item.is_impossible);
    const impossible = answers.filter(({ item }) => item.is_impossible);
    const rightShare = answerable.filter(({ item, answer }) => answer.answered && holdsAnswer(answer.answer?.text, item.answers)).length / answerable.length;
    const declinedShare = impossible.filter(({ answer }) => !answer.answered).length / impossible.length;
    expect(rightShare).toBeGreaterThanOrEqual(0.57);
    expect(declinedShare).toBeGreaterThanOrEqual(0.7);
  });
});
