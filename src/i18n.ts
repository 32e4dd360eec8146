/**
 * The catalog: every word the bot shows people, in both languages. Adapters take their words from
 * here (through src/index.ts) and never spell their own. Quote and summary messages live beside
 * their features and are re-exported here, so this is the one place to look; command descriptions
 * stay with each command (its doc text is its help, see ../shared/STYLE.md).
 */
import type { Answer, Lang } from "./types.js";

export { QUOTE_MESSAGES } from "./quotes/messages.js";
export { SUMMARY_MESSAGES } from "./summary/messages.js";

/**
 * Confidence in words, highest first: the least confidence at which each word is said. The bot
 * answers from CONFIDENCE.answerThreshold (0.40) up; "yakin" is kept for answers where most of the
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

type Missing = NonNullable<Answer["missing"]>;

// What "notSaid" says the article leaves out, per kind asked for.
const ASKED_ID: Readonly<Record<Missing, string>> = {
  person: "siapa", time: "kapan", place: "di mana", number: "jumlahnya", cause: "alasannya",
  duration: "berapa lama", people: "berapa orang", age: "umurnya", money: "nilai uangnya", ordinal: "urutannya",
  percentage: "persentasenya", distance: "jaraknya", speed: "kecepatannya", area: "luasnya", weight: "beratnya",
  score: "skornya", volume: "volumenya",
};
const ASKED_EN: Readonly<Record<Missing, string>> = {
  person: "say who", time: "say when", place: "say where", number: "give the number", cause: "say why",
  duration: "say how long", people: "say how many people", age: "give the age", money: "give the amount of money",
  ordinal: "give the rank", percentage: "give the percentage", distance: "give the distance", speed: "give the speed",
  area: "give the area", weight: "give the weight", score: "give the score",
  volume: "give the volume",
};

function eachOf(asked: Readonly<Record<Missing, string>>, sentence: (asked: string) => string): Readonly<Record<Missing, string>> {
  return Object.fromEntries(Object.entries(asked).map(([kind, words]) => [kind, sentence(words)])) as Record<Missing, string>;
}

/** Every sentence the bot says in its own words, in both languages. */
export const MESSAGES = Object.freeze({
  notCovered: { id: "Artikel ini tidak membahas hal itu.", en: "The article does not cover that." },
  /** The article covers the subject but not the kind of thing asked for. */
  notSaid: {
    id: eachOf(ASKED_ID, (asked) => `Artikel ini tidak menyebutkan ${asked}.`),
    en: eachOf(ASKED_EN, (asked) => `The article does not ${asked}.`),
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
