/** What the bot says in its own words about summaries, in both languages. */
export const SUMMARY_MESSAGES = Object.freeze({
  title: {
    id: (n: number) => `Ringkasan (${n} kalimat):`,
    en: (n: number) => `Summary (${n} sentence${n === 1 ? "" : "s"}):`,
  },
  titleOf: {
    id: (article: string, n: number) => `Ringkasan "${article}" (${n} kalimat):`,
    en: (article: string, n: number) => `Summary of "${article}" (${n} sentence${n === 1 ? "" : "s"}):`,
  },
  badCount: {
    id: (max: number) => `Panjang ringkasan 1 sampai ${max} kalimat, atau "pendek" / "panjang". Contoh: /summary 5`,
    en: (max: number) => `A summary is 1 to ${max} sentences long, or "short" / "long". Example: /summary 5`,
  },
  noArticle: {
    id: (words: string, ids: string) => `Tidak ada artikel "${words}". Artikel yang ada: ${ids}`,
    en: (words: string, ids: string) => `No article "${words}". The articles: ${ids}`,
  },
  others: {
    id: (ids: string) => `Artikel lain: ${ids}. Pilih dengan /summary <artikel>.`,
    en: (ids: string) => `Other articles: ${ids}. Pick one with /summary <article>.`,
  },
});
