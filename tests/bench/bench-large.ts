/**
 * One large article (about 1 MB of IndoSum news text in one file): start-up, memory, and the longest
 * any request holds the event loop. Its baseline, measured in the same run, is the pairwise TextRank
 * that /summary used before (quadratic in the sentences), on a slice of the same article.
 */
import { createBot, parseArticle, type Sentence } from "../../src/index.js";
import { textRank, vectorsOf, cosine } from "../../src/summary/centrality.js";
import { table } from "./table.js";

interface IndoSumItem {
  readonly sentences: readonly string[];
}

const TARGET_BYTES = 1_000_000;
const BASELINE_SENTENCES = 600;

/** The article's text: IndoSum articles' sentences, three to a paragraph, until the target size. */
export function largeArticleText(items: readonly IndoSumItem[], bytes = TARGET_BYTES): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (const item of items) {
      const sentences = item.sentences.map((s) => s.replace(/ ([.,!?;:])/g, "$1"));
      for (let i = 0; i < sentences.length && size < bytes; i += 3) {
        const paragraph = sentences.slice(i, i + 3).join(" ");
        paragraphs.push(paragraph);
        size += Buffer.byteLength(paragraph) + 2;
      }
      if (size >= bytes) break;
    }
  }
  return `---\ntitle: Kumpulan berita\n---\n\n${paragraphs.join("\n\n")}\n`;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = run();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

// The centrality /summary computed per request before: every pair of sentences, 30 iterations.
function pairwiseTextRank(sentences: readonly Sentence[]): number[] {
  const vectors = vectorsOf(sentences.map((s) => s.text));
  const sim = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const out = sim.map((row) => row.reduce((s, w) => s + w, 0));
  let rank = sentences.map(() => 1 / sentences.length);
  for (let k = 0; k < 30; k++) rank = rank.map((_, j) => 0.15 / sentences.length + 0.85 * rank.reduce((s, r, i) => (out[i]! > 0 ? s + (r * sim[i]![j]!) / out[i]! : s), 0));
  return rank;
}

// Different look-ups (none answered from the index's memory of recent ones): the speaker, with a
// topic, mistyped, a role, and a name the article lacks (which also looks for near misses).
function quoteRequests(speaker: string): string[] {
  const typo = speaker.length > 4 ? `${speaker.slice(0, -2)}${speaker.at(-1)}` : speaker;
  return [`/quote ${speaker}`, `/quote ${speaker} harga minyak`, `/quote ${typo}`, "/quote ketua umum partai", "/quote Nama Yang Tidak Ada Sama Sekali"];
}

/** Start-up time and memory at several sizes (megabytes): a row each, one process, largest last. */
export function benchStartUps(items: readonly IndoSumItem[], sizes: readonly number[]): string {
  const rows = sizes.map((mb) => {
    const text = largeArticleText(items, mb * 1e6);
    global.gc?.();
    const load = timed(() => createBot({ articles: [parseArticle("large.md", "large", text)] }));
    const memory = process.memoryUsage();
    const peak = process.resourceUsage().maxRSS / 1024;
    const sentences = load.value.corpus.articles[0]!.sentences.length;
    return [`${mb} MB (${sentences} sentences)`, `${(load.ms / 1000).toFixed(1)} s`, `${(memory.rss / 2 ** 20).toFixed(0)} MB`, `${peak.toFixed(0)} MB`];
  });
  return `Start-up by article size (parse + createBot; RSS after it, and the process's peak so far)\n\n${table(["article", "start-up", "RSS", "peak RSS"], rows)}`;
}

export function benchLargeArticle(items: readonly IndoSumItem[], questions: readonly string[]): string {
  const text = largeArticleText(items);
  const load = timed(() => createBot({ articles: [parseArticle("large.md", "large", text)] }));
  const bot = load.value;
  const sentences = bot.corpus.articles[0]!.sentences;
  const request = (t: string) => timed(() => bot.handle({ text: t, chat: { id: "b", kind: "group" }, from: { id: "b" } })).ms;
  const speaker = bot.complete("quote", "speaker", "", 1)[0] ?? "";
  const worst = (texts: readonly string[]) => Math.max(...texts.map(request));
  const asks = questions.slice(0, 40).map((q) => request(q)).sort((a, b) => a - b);
  const slice = sentences.slice(0, BASELINE_SENTENCES);
  const ours = timed(() => textRank(vectorsOf(slice.map((s) => s.text)), slice.map((_, i) => 1 / (1 + i)))).ms;
  const before = timed(() => pairwiseTextRank(slice)).ms;
  const rss = process.memoryUsage().rss / 2 ** 20;
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const rows = [
    ["start-up (parse + createBot)", ms(load.ms), `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${sentences.length} sentences, RSS ${rss.toFixed(0)} MB`],
    ["/summary, /summary 5, /summary panjang (slowest)", ms(worst(["/summary", "/summary 5", "/summary panjang"])), "ranked once at start-up"],
    [`/quote: slowest of ${quoteRequests(speaker).length} look-ups, each new`, ms(worst(quoteRequests(speaker))), "name, name + topic, typo, role, unknown name"],
    ["/speakers", ms(request("/speakers")), ""],
    ["/ask: median, p95, max of 40 TyDi questions", `${ms(asks[20]!)}, ${ms(asks[37]!)}, ${ms(asks.at(-1)!)}`, "retrieval (issue 9's ranker)"],
    [`centrality of ${slice.length} sentences: linear TextRank`, ms(ours), "same scores"],
    [`centrality of ${slice.length} sentences: pairwise TextRank (before)`, ms(before), "baseline; quadratic, was run per /summary"],
  ];
  return `Large article (one ~1 MB file): the longest a request holds the event loop\n\n${table(["measure", "time", "note"], rows)}`;
}
