/**
 * Word and punctuation tokens with their character offsets: the unit the cue patterns read. Works
 * the same on real text ("kata dia,") and on pre-tokenised text ("kata dia ,").
 */

export interface Token {
  readonly text: string;
  /** Lower case, for lexicon look-ups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu;
// Made once: a regular expression written inside a function is a new object at every call, and
// these are asked of millions of tokens.
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\p{N}-]+$/u;

/** A distinct word or mark, held once however often the text writes it. */
interface Form {
  readonly text: string;
  readonly lower: string;
  readonly word: boolean;
}

// A token is its form and where it starts: two fields, not five (an article of 30 MB has five
// million tokens, all held while its quotations are read).
class PlacedToken implements Token {
  constructor(
    private readonly form: Form,
    readonly start: number,
  ) {}

  get text(): string {
    return this.form.text;
  }

  get lower(): string {
    return this.form.lower;
  }

  get word(): boolean {
    return this.form.word;
  }

  get end(): number {
    return this.start + this.form.text.length;
  }
}

/** The form of each string, made once per distinct string (tokensOfAll shares them across texts). */
export type Forms = Map<string, Form>;

function formOf(text: string, forms: Forms): Form {
  let form = forms.get(text);
  if (!form) {
    form = { text, lower: text.toLowerCase(), word: WORD_CHARACTER.test(text) };
    forms.set(text, form);
  }
  return form;
}

/**
 * The tokens of a text (or of text.slice(from, to), with offsets into the whole text).
 * @param forms the forms already made (see tokensOfAll)
 */
export function tokensOf(text: string, from = 0, to = text.length, forms: Forms = new Map()): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) out.push(new PlacedToken(formOf(m[0], forms), from + m.index));
  return out;
}

/**
 * The tokens of each text, with one form for each distinct string among them all: a 10 MB article
 * has 1.6 million tokens but far fewer distinct words, and a string or two per token held 120 bytes
 * a token while the whole article was read.
 */
export function tokensOfAll(texts: readonly string[]): Token[][] {
  const forms: Forms = new Map();
  return texts.map((text) => tokensOf(text, 0, text.length, forms));
}

/** Starts with a capital letter (a name, a title, an organisation, or a sentence start). */
export function isCapitalised(token: Token): boolean {
  return token.word && CAPITAL_FIRST.test(token.text);
}

/** Written all in capitals, two letters or more: an acronym (PBB, MPR, RI). */
export function isAcronym(token: Token): boolean {
  return token.word && token.text.length >= 2 && ACRONYM.test(token.text);
}
