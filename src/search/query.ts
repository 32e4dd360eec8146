import type { Lang } from "../types.js";
import { englishPhraseAt } from "../text/english-phrases.js";
import { foldForMatching } from "../text/normalize.js";
import { isCapitalised, writtenWords } from "../text/tokens.js";
import { STOPWORDS_EN, STOPWORDS_ID, isStopword } from "../text/stopwords.js";
import type { SearchIndex } from "./index.js";
import { namesTheAsked } from "./asked-words.js";
import { definedSubject } from "./definition-question.js";
import { numberDetail, questionType, type NumberDetail, type QuestionType } from "./question-type.js";
import { abbreviationsOf, questionWords, words } from "./terms.js";
import { phraseGroup, rememberedAlternatives, withAbbreviation } from "./alternatives.js";

export interface Alternative {
  readonly term: string;
  readonly weight: number;
  /** The term's id in the index the query was read on (SearchIndex.termId), -1 when it has none. */
  readonly id: number;
}

/** One content word of the question and the index terms that may stand for it. */
export interface TermGroup {
  readonly word: string;
  readonly alternatives: readonly Alternative[];
  /** True when the question writes the word capitalised, past its first word: a name. */
  readonly named?: boolean;
}

export interface Query {
  readonly lang: Lang;
  readonly type: QuestionType;
  /** The finer kind of number asked for ("berapa lama": a duration), or null. */
  readonly detail: NumberDetail | null;
  readonly groups: readonly TermGroup[];
  /** For a definition question ("apa itu X"), the groups of its subject X; else null. */
  readonly defines: readonly TermGroup[] | null;
  /** For "apa itu X" / "what is a X" (not "siapakah X"): only a sentence that holds X answers. */
  readonly namesDefined: boolean;
  /** For "apa itu X", "X itu apa", "what is a X": only a sentence that may say what X is answers. */
  readonly asksWhatItIs: boolean;
  /** For "apa kepanjangan X": the sentence that spells X out in parentheses defines it. */
  readonly expandsDefined: boolean;
}

/** Reads a question: its language, what it asks for, and the index terms of each content word. */
export function analyseQuery(question: string, index: SearchIndex): Query {
  const tokens = questionWords(question);
  const lang = languageOf(tokens);
  const folded = tokens.join(" ");
  const type = questionType(folded);
  const detail = numberDetail(folded, type);
  const subject = definedSubject(folded);
  const groups: TermGroup[] = [];
  const names = capitalisedWords(question);
  const abbreviated = abbreviationsOf(question);
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    const phrase = lang === "en" ? englishPhraseAt(tokens, i) : null;
    if (phrase) {
      const taken = tokens.slice(i, (i += phrase.length - 1) + 1);
      groups.push(phraseGroup(taken, phrase.renderings, index, taken.some((w) => names.has(w))));
      continue;
    }
    if (seen.has(word) || isStopword(word) || namesTheAsked(tokens, i, lang, subject !== null)) continue;
    seen.add(word);
    const alternatives = withAbbreviation(rememberedAlternatives(word, lang, index), abbreviated.get(word), index);
    if (alternatives.length > 0) groups.push(names.has(word) ? { word, alternatives, named: true } : { word, alternatives });
  }
  const defined = subject ? groups.filter((group) => group.word.split(" ").some((word) => subject.words.includes(word))) : [];
  const defines = defined.length > 0 ? defined : null;
  const namesDefined = defines !== null && subject!.named;
  return { lang, type, detail, groups, defines, namesDefined, asksWhatItIs: namesDefined && subject!.explicit, expandsDefined: defines !== null && subject!.expands };
}

/** The question's words written capitalised, past its first word (which any sentence capitalises), folded. */
function capitalisedWords(question: string): ReadonlySet<string> {
  const written = writtenWords(question);
  const out = new Set<string>();
  for (let i = 1; i < written.length; i++) {
    if (isCapitalised(written[i]!)) for (const word of words(foldForMatching(written[i]!))) out.add(word);
  }
  return out;
}

/** English when the question has more English function words than Indonesian ones. */
export function languageOf(tokens: readonly string[]): Lang {
  let en = 0;
  let id = 0;
  for (const token of tokens) {
    // An Indonesian question word settles it: an English title inside the question ("novel Z is for
    // Zero rilis kapan?") brings English function words, an English question no "kapan".
    if (ASKS_ID.has(token)) return "id";
    if (STOPWORDS_EN.has(token)) en++;
    if (STOPWORDS_ID.has(token)) id++;
  }
  return en > id ? "en" : "id";
}

const ASKS_ID: ReadonlySet<string> = new Set(["apa", "apakah", "siapa", "siapakah", "kapan", "kapankah", "dimana", "dimanakah", "mana", "berapa", "berapakah", "mengapa", "kenapa", "bagaimana", "gimana"]);
