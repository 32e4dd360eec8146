/**
 * The catalog: every word the bot shows people, in both languages. Adapters take their words from
 * here (through src/index.ts) and never spell their own. Quote and summary messages live beside
 * their features and are re-exported here, so this is the one place to look; command descriptions
 * stay with each command (its doc text is its help, see ../shared/STYLE.md).
 */
import type { Lang } from "./types.js";

export { QUOTE_MESSAGES } from "./quotes/messages.js";
export { SUMMARY_MESSAGES } from "./summary/messages.js";

/**
 * Confidence in words, highest first: the least confidence at which each word is said. The bot
 * answers from CONFIDENCE.answerThreshold (0.36) up; "yakin" is kept for answers where most of the
 * question is in the sentence, and the middle word for the middle of what it answers.
 */
export const CONFIDENCE_WORDS = Object.freeze([
  { from: 0.7, id: "yakin", en: "confident" },
  { from: 0.5, id: "cukup yakin", en: "fairly confident" },
  { from: 0, id: "kurang yakin", en: "not very confident" },
]);

/** A confidence in [0, 1] as people read it ("cukup yakin"); the number stays in the JSON. */
export function confidenceInWords(confidence: number, lang: Lang): string {
  return (CONFIDENCE_WORDS.find((level) => confidence >= level.from) ?? CONFIDENCE_WORDS[CONFIDENCE_WORDS.length - 1]!)[lang];
}

/** Every sentence the bot says in its own words, in both languages. */
export const MESSAGES = Object.freeze({
  notCovered: { id: "Artikel ini tidak membahas hal itu.", en: "The article does not cover that." },
  /** The article covers the subject but not the kind of thing asked for. */
  notSaid: {
    id: {
      person: "Artikel ini tidak menyebutkan siapa.", time: "Artikel ini tidak menyebutkan kapan.", place: "Artikel ini tidak menyebutkan di mana.",
      number: "Artikel ini tidak menyebutkan jumlahnya.", cause: "Artikel ini tidak menyebutkan alasannya.",
      duration: "Artikel ini tidak menyebutkan berapa lama.", people: "Artikel ini tidak menyebutkan berapa orang.", age: "Artikel ini tidak menyebutkan umurnya.",
      money: "Artikel ini tidak menyebutkan nilai uangnya.", ordinal: "Artikel ini tidak menyebutkan urutannya.", percentage: "Artikel ini tidak menyebutkan persentasenya.",
      distance: "Artikel ini tidak menyebutkan jaraknya.", speed: "Artikel ini tidak menyebutkan kecepatannya.", area: "Artikel ini tidak menyebutkan luasnya.", weight: "Artikel ini tidak menyebutkan beratnya.",
    },
    en: {
      person: "The article does not say who.", time: "The article does not say when.", place: "The article does not say where.",
      number: "The article does not give the number.", cause: "The article does not say why.",
      duration: "The article does not say how long.", people: "The article does not say how many people.", age: "The article does not give the age.",
      money: "The article does not give the amount of money.", ordinal: "The article does not give the rank.", percentage: "The article does not give the percentage.",
      distance: "The article does not give the distance.", speed: "The article does not give the speed.", area: "The article does not give the area.", weight: "The article does not give the weight.",
    },
  },
  /** The article is on the question's topic but does not give what it asks (the asker's own words). */
  notMentioned: {
    id: (asked: string) => `Artikel ini tidak menyebutkan ${asked}.`,
    en: (asked: string) => `The article does not say ${asked}.`,
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
  /** Reported speech: the article's words, but not the speaker's own. */
  indirect: { id: "tidak langsung", en: "indirect" },
  /** The one apology, for a failure anywhere (core or adapter). */
  apology: {
    id: "Maaf, terjadi kesalahan saat menjawab. Coba lagi sebentar lagi.",
    en: "Sorry, something went wrong answering that. Please try again in a moment.",
  },
  rateNotice: {
    id: "Pelan-pelan ya 🙂 Terlalu banyak pertanyaan dalam waktu singkat; saya jawab lagi sebentar lagi.",
    en: "Easy there 🙂 Too many questions in a short time; I'll answer again in a moment.",
  },
  /** The console, which has nothing to click, lists buttons and reads "#N" as a press. */
  consoleButtons: {
    id: {
      buttons: "Tombol",
      type: "ketik",
      none: "Jawaban terakhir tidak punya tombol.",
      missing: (n: string, choices: string) => `Tidak ada tombol #${n}; pilih ${choices}.`,
    },
    en: {
      buttons: "Buttons",
      type: "type",
      none: "The last reply has no buttons.",
      missing: (n: string, choices: string) => `There is no button #${n}; choose ${choices}.`,
    },
  },
  paragraph: { id: "paragraf", en: "paragraph" },
  sentence: { id: "kalimat", en: "sentence" },
});

type Bilingual<T> = { readonly id: T; readonly en: T };

/** The message in the given language. */
export function say<T>(message: Bilingual<T>, lang: Lang): T {
  return message[lang];
}
