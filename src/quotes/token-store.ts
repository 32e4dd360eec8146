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
    const pattern = new RegExp(TOKEN.source, TOKEN.flags);
    this.firsts = new Int32Array(texts.length + 1);
    let n = 0;
    texts.forEach((text, i) => {
      this.firsts[i] = n;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text), n++) {
        if (n % BLOCK === 0) {
          this.formIds.push(new Int32Array(BLOCK));
          this.starts.push(new Int32Array(BLOCK));
        }
        this.formIds[n >> BLOCK_BITS]![n % BLOCK] = this.idOf(m[0], ids);
        this.starts[n >> BLOCK_BITS]![n % BLOCK] = m.index;
      }
    });
    this.firsts[texts.length] = n;
  }

  /** The paragraph's tokens (tokensOf its text, with the same forms shared by every paragraph). */
  tokens(para: number): readonly Token[] {
    const known = this.recent.find((r) => r.para === para);
    if (known) return known.tokens;
    const tokens: Token[] = [];
    for (let k = this.firsts[para]!; k < this.firsts[para + 1]!; k++) {
      const [block, at] = [k >> BLOCK_BITS, k % BLOCK];
      tokens.push(new PlacedToken(this.forms[this.formIds[block]![at]!]!, this.starts[block]![at]!));
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
