/**
 * Words of a question that name the kind of thing asked, not something to look for: "siapa nama
 * …", "what is the name of …", "pada hari apa", "tahun berapa", "what year". The answer holds a name
 * or a date, rarely the word itself ("Ayahanda tercinta, X, …", "pada Kamis (24/3)"). So does "apa
 * bahayanya X": the answer says what harm X does.
 */
import type { Lang } from "../types.js";

const NAME = new Set(["nama", "namanya", "name"]);
const NAME_KIND = new Set(["asli", "lengkap", "aslinya", "lengkapnya", "real", "full"]);
const ASKS_NAME = /^(?:(?:siapa|apa)(?:kah)? |what(?: is| was| are| were)? the |what's the )$/;
const WHEN_WORD_ID = new Set(["hari", "tahun", "bulan"]);
const WHEN_WORD_EN = new Set(["day", "date", "year", "month", "time"]);
const ASKS_ID = new Set(["apa", "berapa", "apakah", "berapakah"]);
const ASKS_EN = new Set(["what", "which"]);
/** "berapa jumlah …", "berapa lama …", "berapa kali …": the word says a count or a duration is asked. */
const MEASURE_WORD_ID = new Set(["jumlah", "lama", "kali", "banyak"]);
const ASKS_MEASURE_ID = new Set(["berapa", "berapakah", "seberapa"]);
/** "berapa usia …", "umurnya berapa": the answer gives the age ("Budi, 63"), often without the word. */
const AGE_WORD_ID = new Set(["usia", "umur", "usianya", "umurnya"]);
/** "apa kepanjangan X", "singkatan dari apa": the answer spells X out, rarely with the word itself. */
const EXPANSION_WORDS = new Set(["kepanjangan", "singkatan", "kepanjangannya", "singkatannya"]);

/** "apa bahayanya X", "apa risikonya": the answer says what happens ("bisa mengganggu …"), rarely names the word. */
const CONSEQUENCE_WORDS = new Set(["bahaya", "bahayanya", "risiko", "risikonya", "resiko", "resikonya"]);

/** The words a definition question uses to ask ("apa yang dimaksud dengan X"), not to name X. */
const DEFINING_WORDS = new Set(["maksud", "dimaksud", "dimaksudkan", "pengertian", "definisi", "arti", "artinya", "maksudnya", "mean", "meant"]);
/** Adjectives that, after "how", say what is asked rather than what it is about ("how long", "how far"). */
const DEGREE_ASKED = new Set(["long", "far", "old", "fast", "often", "big", "large", "high", "tall", "deep", "wide", "heavy", "soon", "early", "late"]);

/**
 * True when the question's word at `i` names what is asked, not something to look for; `defining`
 * when the question asks what something is (src/search/definition-question.ts).
 */
export function namesTheAsked(tokens: readonly string[], i: number, lang: Lang, defining: boolean): boolean {
  const word = tokens[i]!;
  if (defining && DEFINING_WORDS.has(word)) return true;
  if (lang === "en" && asksDegree(tokens, i)) return true;
  if (WHEN_WORD_ID.has(word)) return ASKS_ID.has(tokens[i + 1] ?? "");
  if (MEASURE_WORD_ID.has(word)) return ASKS_MEASURE_ID.has(tokens[i - 1] ?? "");
  if (AGE_WORD_ID.has(word)) return ASKS_MEASURE_ID.has(tokens[i - 1] ?? "") || ASKS_MEASURE_ID.has(tokens[i + 1] ?? "");
  if (EXPANSION_WORDS.has(word)) return true;
  if (CONSEQUENCE_WORDS.has(word)) return ASKS_ID.has(tokens[i - 1] ?? "");
  if (WHEN_WORD_EN.has(word)) return ASKS_EN.has(tokens[i - 1] ?? "");
  // "siapa nama asli/lengkap X": which name is asked, as "nama" is.
  if (NAME_KIND.has(word)) {
    const name = NAME.has(tokens[i - 1] ?? "") ? i - 1 : NAME.has(tokens[i + 1] ?? "") ? i + 1 : -1;
    return name >= 0 && namesTheAsked(tokens, name, lang, defining);
  }
  if (!NAME.has(word)) return false;
  // "arti nama X", "kepanjangan dari nama X": the name is the subject, "nama" only points at it.
  const head = tokens[i - 1] === "dari" ? tokens[i - 2] : tokens[i - 1];
  if (defining && (DEFINING_WORDS.has(head ?? "") || EXPANSION_WORDS.has(head ?? ""))) return true;
  // "what is the full name of X": the kind of name is passed over.
  const before = tokens.slice(Math.max(0, i - 4), i).filter((token) => !NAME_KIND.has(token)).slice(-3);
  return before.some((_, k) => ASKS_NAME.test(`${before.slice(k).join(" ")} `));
}

/** True when tokens[i] belongs to the English question phrase itself: "long" in "how long did it last". */
export function asksDegree(tokens: readonly string[], i: number): boolean {
  return i > 0 && tokens[i - 1] === "how" && DEGREE_ASKED.has(tokens[i]!);
}
