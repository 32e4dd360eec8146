import type { Lang } from "./types.js";

/** Every sentence the bot says in its own words, in both languages. */
export const MESSAGES = Object.freeze({
  notCovered: { id: "Artikel ini tidak membahas hal itu.", en: "The article does not cover that." },
  /** The article covers the subject but not the kind of thing asked for. */
  notSaid: {
    id: { person: "Artikel ini tidak menyebutkan siapa.", time: "Artikel ini tidak menyebutkan kapan.", place: "Artikel ini tidak menyebutkan di mana.", number: "Artikel ini tidak menyebutkan jumlahnya.", cause: "Artikel ini tidak menyebutkan alasannya." },
    en: { person: "The article does not say who.", time: "The article does not say when.", place: "The article does not say where.", number: "The article does not give the number.", cause: "The article does not say why." },
  },
  nearest: { id: "Yang paling dekat di artikel:", en: "The nearest the article has:" },
  nothingNear: {
    id: "Tidak ada bagian artikel yang dekat dengan pertanyaan itu. Coba /summary untuk ringkasannya.",
    en: "No part of the article is close to that question. Try /summary for its gist.",
  },
  alternatives: { id: "Kalimat lain yang mungkin menjawab:", en: "Other sentences that may answer:" },
  emptyQuestion: {
    id: "Tulis pertanyaan tentang artikel, misalnya: /ask Siapa yang berbicara?",
    en: "Write a question about the article, for example: /ask Who spoke?",
  },
  unknownCommand: {
    id: (name: string) => `Perintah /${name} tidak dikenal. Ketik /help untuk daftar perintah.`,
    en: (name: string) => `Unknown command /${name}. Type /help for the list of commands.`,
  },
  expired: { id: "Tombol ini sudah kedaluwarsa. Silakan tanya lagi.", en: "This button has expired. Please ask again." },
  contextTitle: { id: "Konteks", en: "Context" },
  moreTitle: { id: "Lainnya", en: "More" },
  confidence: { id: "keyakinan", en: "confidence" },
  paragraph: { id: "paragraf", en: "paragraph" },
  sentence: { id: "kalimat", en: "sentence" },
});

type Bilingual<T> = { readonly id: T; readonly en: T };

/** The message in the given language. */
export function say<T>(message: Bilingual<T>, lang: Lang): T {
  return message[lang];
}
