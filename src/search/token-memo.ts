/**
 * What a build reads off each distinct token, worked out once: a big article writes the same words
 * millions of times, and spelling, splitting and stemming every occurrence again was most of what
 * building the search index and ranking a summary cost (and most of the garbage they made).
 */
import { pushWordsOfToken, termsOfWord } from "./terms.js";

/** A token's words (as `words` reads them) and their index terms, in order, repeats kept. */
export interface TokenTerms {
  readonly words: readonly string[];
  readonly terms: readonly string[];
}

/**
 * Past this many distinct tokens a memo stops growing and works new ones out each time: the bound
 * on its memory (a 30 MB article of news has far fewer).
 */
export const TOKEN_MEMO_LIMIT = 500_000;

/** The words and terms of one token (from `tokenize`), as termFrequencies counts them. */
export function tokenTerms(token: string): TokenTerms {
  const words: string[] = [];
  pushWordsOfToken(token, words);
  const terms: string[] = [];
  for (const word of words) for (const term of termsOfWord(word)) terms.push(term);
  return { words, terms };
}

/** A value per distinct token, made on first use and kept for the memo's life (one build). */
export class TokenMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(
    private readonly make: (token: string) => T,
    private readonly limit = TOKEN_MEMO_LIMIT,
  ) {}

  of(token: string): T {
    const known = this.known.get(token);
    if (known !== undefined) return known;
    const made = this.make(token);
    if (this.known.size < this.limit) this.known.set(token, made);
    return made;
  }
}
