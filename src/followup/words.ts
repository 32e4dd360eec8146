/**
 * The words a follow-up is read with: which of its words point back (pronouns), which only join it to
 * the conversation ("kalau", "terus", "what about"), and which name things (capitalised in the article).
 */
import type { Article } from "../types.js";
import { questionWords } from "../search/terms.js";
import { isStopword } from "../text/stopwords.js";
import { foldForMatching } from "../text/normalize.js";

/** Words that stand for someone or something named before. */
const PRONOUNS = new Set("dia ia beliau mereka doi tsb he she they him her them his their".split(" "));

/** Words that only tie a message to the one before: no topic of their own. */
const LINKS = new Set(
  `kalau kalo klo klu trus terus trs tros lalu lanjut lanjutnya selanjutnya kemudian abis habis itu
  terusnya lalunya gimana bagaimana gmn gmna dgn dengan and then next what about how else also so
  happened after afterwards more ok oke oh ohh wah hmm jadi jd trus2 emangnya`.split(/\s+/),
);

/** Words of saying: "siapa yang bilang?" asks who said what the earlier answer says. */
export const SAYING = new Set(
  "kata katanya bilang bilangnya ngomong omong mengatakan mengatakannya berkata menyebut menyatakan ujar ujarnya ucap ucapnya tutur tuturnya ungkap bicara berbicara say said says told tell".split(" "),
);

/**
 * Nouns that only say what kind of answer is wanted ("di negara mana", "berapa orang", "how many
 * times"): a follow-up made of them and a question word has no topic of its own.
 */
const GENERIC = new Set(
  `negara kota provinsi daerah wilayah tempat kawasan lokasi orang kali tahun hari bulan jam menit
  persen lembar unit buah ekor nama country city place people person times years name`.split(/\s+/),
);

/** Words that ask what comes next in the story. */
const CONTINUE = new Set("terus trus trs tros lalu lanjut lanjutnya selanjutnya kemudian then next afterwards terusnya lalunya abis habis happened after".split(" "));

/** The message's words, lower case, chat spelling made standard. */
export function wordsOf(text: string): string[] {
  return questionWords(text);
}

/** Words that carry a topic: not function words, not linking words. */
export function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => !isStopword(w) && !LINKS.has(w) && !PRONOUNS.has(w));
}

/** The message's own topic: its content words without the ones that only name the kind of answer ("namanya"). */
export function topicWords(words: readonly string[]): string[] {
  return contentWords(words).filter((w) => !GENERIC.has(w) && !(w.endsWith("nya") && GENERIC.has(w.slice(0, -3))));
}

/** True when the message names someone by a pronoun ("dia siapa?"): the person is given, not asked. */
export function names(words: readonly string[]): boolean {
  return words.some((w) => PRONOUNS.has(w));
}

/** True when the message only asks for more: "terus?", "lalu gimana?", "and then?". */
export function asksToContinue(words: readonly string[]): boolean {
  return words.length > 0 && words.some((w) => CONTINUE.has(w)) && contentWords(words).length === 0;
}

/** True when the message opens with "kalau", "bagaimana dengan", "what about": the same question of X. */
export function asksSameOf(text: string): boolean {
  return /^\s*(kalau|kalo|klo|terus kalau|lalu kalau|bagaimana dengan|gimana dengan|gmn dengan|what about|how about)\b/i.test(foldForMatching(text));
}

const articleNames = new WeakMap<Article, ReadonlySet<string>>();

/**
 * Words the article writes with a capital inside a sentence and never in lower case: names of
 * people, places, bodies ("Perang Dunia II" does not make "perang" a name).
 */
export function namesOf(article: Article): ReadonlySet<string> {
  const known = articleNames.get(article);
  if (known) return known;
  const found = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of article.sentences) {
    for (const word of capitalised(sentence.text, false)) found.add(word);
    for (const match of sentence.text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}'-]*/gu)) for (const word of questionWords(match[0])) lower.add(word);
  }
  for (const word of lower) found.delete(word);
  articleNames.set(article, found);
  return found;
}

/** Each word once, in order of first use. */
export function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}

/** The capitalised words of a text (folded), the first word too when `first`; function words left out. */
export function capitalised(text: string, first: boolean): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'-]*/gu)) {
    if (!first && match.index === text.search(/\p{L}/u)) continue;
    for (const word of questionWords(match[0])) if (!isStopword(word)) out.push(word);
  }
  return out;
}
