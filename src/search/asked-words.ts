/**
 * Words of a question that name the kind of thing asked, not something to look for: "siapa nama
 * …", "what is the name of …", "pada hari apa", "tahun berapa", "what year". The answer holds a name
 * or a date, rarely the word itself ("Ayahanda tercinta, X, …", "pada Kamis (24/3)").
 */
const NAME = new Set(["nama", "namanya", "name"]);
const ASKS_NAME = /^(?:(?:siapa|apa)(?:kah)? |what(?: is| was| are| were)? the |what's the )$/;
const WHEN_WORD_ID = new Set(["hari", "tahun", "bulan"]);
const WHEN_WORD_EN = new Set(["day", "date", "year", "month", "time"]);
const ASKS_ID = new Set(["apa", "berapa", "apakah", "berapakah"]);
const ASKS_EN = new Set(["what", "which"]);

/** True when the question's word at `i` names what is asked. */
export function namesTheAsked(tokens: readonly string[], i: number): boolean {
  const word = tokens[i]!;
  if (WHEN_WORD_ID.has(word)) return ASKS_ID.has(tokens[i + 1] ?? "");
  if (WHEN_WORD_EN.has(word)) return ASKS_EN.has(tokens[i - 1] ?? "");
  if (!NAME.has(word)) return false;
  const before = tokens.slice(Math.max(0, i - 3), i);
  return before.some((_, k) => ASKS_NAME.test(`${before.slice(k).join(" ")} `));
}
