/** What the bot says in its own words about quotations and speakers, in both languages. */
export const QUOTE_MESSAGES = Object.freeze({
  quotesOf: {
    id: (name: string, n: number) => `Kutipan ${name} (${n}):`,
    en: (name: string, n: number) => `Quotes by ${name} (${n}):`,
  },
  quotesAbout: {
    id: (name: string, topic: string, n: number) => `Kutipan ${name} tentang "${topic}" (${n}):`,
    en: (name: string, topic: string, n: number) => `Quotes by ${name} about "${topic}" (${n}):`,
  },
  nothingAbout: {
    id: (name: string, topic: string) => `${name} tidak dikutip tentang "${topic}". Semua kutipannya:`,
    en: (name: string, topic: string) => `${name} is not quoted about "${topic}". All their quotes:`,
  },
  mentionedOnly: {
    id: (name: string, where: string) => `${name} disebut di artikel, tetapi tidak dikutip (${where}).`,
    en: (name: string, where: string) => `${name} is mentioned, but not quoted (${where}).`,
  },
  unknown: {
    id: (name: string, closest: string) => `Tidak ada pembicara bernama "${name}". Yang paling dekat: ${closest}.`,
    en: (name: string, closest: string) => `No speaker called "${name}". The closest: ${closest}.`,
  },
  unknownNoneClose: {
    id: (name: string) => `Tidak ada pembicara bernama "${name}". Ketik /speakers untuk daftar pembicara.`,
    en: (name: string) => `No speaker called "${name}". Type /speakers for the list of speakers.`,
  },
  noQuotes: { id: "Artikel ini tidak memuat kutipan.", en: "The article has no quotations." },
  speakersTitle: { id: "Yang dikutip di artikel:", en: "Quoted in the article:" },
  speakerLine: {
    id: (name: string, n: number, roles: string) => `${name} — ${n} kutipan${roles ? ` (${roles})` : ""}`,
    en: (name: string, n: number, roles: string) => `${name} — ${n} quote${n === 1 ? "" : "s"}${roles ? ` (${roles})` : ""}`,
  },
  mentionedTitle: { id: "Disebut, tetapi tidak dikutip:", en: "Mentioned, but not quoted:" },
  quoteHint: { id: "Ketik /quote <nama> untuk kutipan seseorang.", en: "Type /quote <name> for someone's quotes." },
  page: {
    id: (page: number, pages: number) => `Halaman ${page} dari ${pages}`,
    en: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  previousPage: { id: "‹ Sebelumnya", en: "‹ Previous" },
  nextPage: { id: "Berikutnya ›", en: "Next ›" },
  where: {
    id: (paragraph: number, sentence: number) => `paragraf ${paragraph}, kalimat ${sentence}`,
    en: (paragraph: number, sentence: number) => `paragraph ${paragraph}, sentence ${sentence}`,
  },
});
