/**
 * Every paragraph's tokens, held compactly while an article's quotations are read: a form number and
 * a start offset per token in two typed arrays (8 bytes a token), each distinct word or mark made
 * once. A paragraph's Token objects are made when it is read and dropped after: an article of 30 MB
 * has five million tokens, and an object for each, all held at once, took about 240 MB and made
 * garbage collection a quarter of the build.
 */
import { newForm, PlacedToken, TOKEN, type Form, type Token } from "./tokens.js";

/** Paragraphs whose tokens stay made: a chain of quotations reads its first and last paragraphs in turn. */
const RECENT = 4;
/** Tokens per block: the arrays grow a block at a time (doubling one array held the old and the new at once). */
const BLOCK_BITS = 14;
const BLOCK = 1 << BLOCK_BITS;

// TOKEN read at one place, and the spaces between tokens: the same tokens as TOKEN's matches (it
// matches at every character but a space), found with test() and lastIndex, which make no match
// object for each token.
const SPACES = /\s*/uy;
const TOKEN_HERE = new RegExp(TOKEN.source, "uy");

function skipSpace(text: string, from: number): number {
  SPACES.lastIndex = from;
  SPACES.test(text);
  return SPACES.lastIndex;
}

/** Where the token at `at` ends (`at` itself when the text ends there). */
function tokenEnd(text: string, at: number): number {
  TOKEN_HERE.lastIndex = at;
  return TOKEN_HERE.test(text) ? TOKEN_HERE.lastIndex : at;
}

export class TokenStore {
  private readonly forms: Form[] = [];
  /** Token k's form number is formIds[k >> BLOCK_BITS][k % BLOCK]; its start offset likewise in starts. */
  private readonly formIds: Int32Array[] = [];
  private readonly starts: Int32Array[] = [];
  /** Paragraph i's tokens are those numbered firsts[i] to firsts[i + 1]. */
  private readonly firsts: Int32Array;
  private recent: { para: number; tokens: readonly Token[] }[] = [];

  constructor(texts: readonly string[]) {
    const ids = new Map<string, number>();
    this.firsts = new Int32Array(texts.length + 1);
    let n = 0;
    texts.forEach((text, i) => {
      this.firsts[i] = n;
      for (let at = skipSpace(text, 0), end = tokenEnd(text, at); end > at; at = skipSpace(text, end), end = tokenEnd(text, at), n++) {
        if (n % BLOCK === 0) {
          this.formIds.push(new Int32Array(BLOCK));
          this.starts.push(new Int32Array(BLOCK));
        }
        this.formIds[n >> BLOCK_BITS]![n % BLOCK] = this.idOf(text.slice(at, end), ids);
        this.starts[n >> BLOCK_BITS]![n % BLOCK] = at;
      }
    });
    this.firsts[texts.length] = n;
  }

  /** The paragraph's tokens (tokensOf its text, with the same forms shared by every paragraph). */
  tokens(para: number): readonly Token[] {
    const known = this.recent.find((r) => r.para === para);
    if (known) return known.tokens;
    const first = this.firsts[para] ?? 0;
    const tokens = new Array<Token>(Math.max(0, (this.firsts[para + 1] ?? first) - first));
    for (let i = 0; i < tokens.length; i++) {
      const [block, at] = [(first + i) >> BLOCK_BITS, (first + i) % BLOCK];
      tokens[i] = new PlacedToken(this.forms[this.formIds[block]![at]!]!, this.starts[block]![at]!);
    }
    this.recent = [{ para, tokens }, ...this.recent.slice(0, RECENT - 1)];
    return tokens;
  }

  private idOf(text: string, ids: Map<string, number>): number {
    let id = ids.get(text);
    if (id === undefined) {
      id = this.forms.length;
      ids.set(text, id);
      this.forms.push(newForm(text));
    }
    return id;
  }
}
