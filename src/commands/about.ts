import type { Article, Lang } from "../types.js";
import type { Command } from "./command.js";

export const about: Command = {
  name: "about",
  usage: "/about",
  summary: { id: "Sumber dan keterangan artikel", en: "The article's source and details" },
  examples: ["/about"],
  options: [],
  listed: true,
  run: (_args, services, _incoming, lang) => ({
    lang,
    blocks: services.corpus.articles.map((article) => ({ kind: "text" as const, text: describe(article, lang) })),
  }),
};

function describe(article: Article, lang: Lang): string {
  const m = article.meta;
  const label = lang === "en"
    ? { title: "Title", source: "Source", date: "Date", author: "Author", language: "Language", url: "Link", size: "Size" }
    : { title: "Judul", source: "Sumber", date: "Tanggal", author: "Penulis", language: "Bahasa", url: "Tautan", size: "Ukuran" };
  const size = lang === "en"
    ? `${article.paragraphs.length} paragraphs, ${article.sentences.length} sentences`
    : `${article.paragraphs.length} paragraf, ${article.sentences.length} kalimat`;
  const rows: Array<[string, string | undefined]> = [
    [label.title, m.title ?? article.id],
    [label.source, m.source],
    [label.author, m.author],
    [label.date, m.date],
    [label.language, m.language],
    [label.url, m.url],
    [label.size, size],
  ];
  return rows.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${value}`).join("\n");
}
