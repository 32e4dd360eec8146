import { SUMMARY, summarize } from "../summary.js";
import { SUMMARY_MESSAGES as M } from "../summary/messages.js";
import { findArticle, readSummaryArgs, summaryRequestOf } from "../summary/request.js";
import { refOf } from "../answer.js";
import type { Block, Lang, Reply } from "../types.js";
import type { Command } from "./command.js";
import { namedOptions } from "./options.js";

/** /summary [N | pendek | panjang] [article]: the article's key sentences, verbatim, in order. */
export const summary: Command = {
  name: "summary",
  usage: "/summary [jumlah kalimat | pendek | panjang] [artikel]",
  summary: { id: "Ringkasan: kalimat-kalimat utama artikel", en: "Summary: the article's key sentences" },
  examples: ["/summary", "/summary 5", "/summary pendek"],
  options: [
    {
      name: "sentences",
      type: "integer",
      required: false,
      min: 1,
      max: SUMMARY.maxSentences,
      description: { id: "Jumlah kalimat (1–10)", en: "Number of sentences (1–10)" },
    },
    { name: "article", type: "string", required: false, description: { id: "Artikel (id atau judul)", en: "Article (id or title)" } },
  ],
  listed: true,
  run: (args, services, incoming, lang) => {
    const options = namedOptions(incoming, ["sentences", "article"]);
    const request = options ? summaryRequestOf(options) : readSummaryArgs(args);
    const text = (t: string): Reply => ({ lang, blocks: [{ kind: "text", text: t }] });
    if (request.count === null) return text(M.badCount[lang](SUMMARY.maxSentences));
    const { articles } = services.corpus;
    const article = findArticle(services.corpus, request.article);
    if (!article) return text(M.noArticle[lang](request.article, articles.map((a) => a.id).join(", ")));
    const sentences = summarize(article, request.count).map(refOf);
    const several = articles.length > 1;
    const title = several ? M.titleOf[lang](article.meta.title ?? article.id, sentences.length) : M.title[lang](sentences.length);
    const blocks: Block[] = [{ kind: "sentences", title, sentences }];
    if (several && request.article === "") blocks.push({ kind: "text", text: othersHint(articles.map((a) => a.id), article.id, lang) });
    return { lang, blocks };
  },
};

function othersHint(ids: readonly string[], shown: string, lang: Lang): string {
  return M.others[lang](ids.filter((id) => id !== shown).join(", "));
}
