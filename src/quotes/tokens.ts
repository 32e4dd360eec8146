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
  /** A word starting with a capital letter (see isCapitalised). */
  readonly capitalised: boolean;
  /** A word of two or more capitals, digits or hyphens (see isAcronym). */
  readonly acronym: boolean;
}

/** A word (letters and digits, joined by - ' ’ .) or any other single non-space character. */
export const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S/gu;
// Made once: a regular expression written inside a function is a new object at every call, and
// these are asked of millions of tokens.
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\p{N}-]+$/u;

/** A distinct word or mark, held once however often the text writes it (and read once). */
export interface Form {
  readonly text: string;
  readonly lower: string;
  readonly word: boolean;
  readonly capitalised: boolean;
  readonly acronym: boolean;
}

// A token is its form and where it starts: two fields, not five (an article of 30 MB has five
// million tokens, all held while its quotations are read).
export class PlacedToken implements Token {
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

  get capitalised(): boolean {
    return this.form.capitalised;
  }

  get acronym(): boolean {
    return this.form.acronym;
  }

  get end(): number {
    return this.start + this.form.text.length;
  }
}

/** The form of each string, made once per distinct string (a caller may share them across texts). */
export type Forms = Map<string, Form>;

/** The form of a string, made anew (see Forms and TokenStore for sharing them). */
export function newForm(text: string): Form {
  const word = WORD_CHARACTER.test(text);
  return { text, lower: text.toLowerCase(), word, capitalised: word && CAPITAL_FIRST.test(text), acronym: word && text.length >= 2 && ACRONYM.test(text) };
}

function formOf(text: string, forms: Forms): Form {
  let form = forms.get(text);
  if (!form) {
    form = newForm(text);
    forms.set(text, form);
  }
  return form;
}

/**
 * The tokens of a text (or of text.slice(from, to), with offsets into the whole text).
 * @param forms the forms already made (shared across texts, one form per distinct string)
 */
export function tokensOf(text: string, from = 0, to = text.length, forms: Forms = new Map()): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) out.push(new PlacedToken(formOf(m[0], forms), from + m.index));
  return out;
}

/** Starts with a capital letter (a name, a title, an organisation, or a sentence start). */
export function isCapitalised(token: Token): boolean {
  return token.capitalised;
}

/** Written all in capitals, two letters or more: an acronym (PBB, MPR, RI). */
export function isAcronym(token: Token): boolean {
  return token.acronym;
}
