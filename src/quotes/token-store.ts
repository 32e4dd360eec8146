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

export class TokenStore {
  private readonly forms: Form[] = [];
  private formIds = new Int32Array(1 << 12);
  private starts = new Int32Array(1 << 12);
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
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (n === this.starts.length) this.grow();
        this.formIds[n] = this.idOf(m[0], ids);
        this.starts[n++] = m.index;
      }
    });
    this.firsts[texts.length] = n;
    this.formIds = this.formIds.slice(0, n);
    this.starts = this.starts.slice(0, n);
  }

  /** The paragraph's tokens (tokensOf its text, with the same forms shared by every paragraph). */
  tokens(para: number): readonly Token[] {
    const known = this.recent.find((r) => r.para === para);
    if (known) return known.tokens;
    const tokens: Token[] = [];
    for (let k = this.firsts[para]!; k < this.firsts[para + 1]!; k++) tokens.push(new PlacedToken(this.forms[this.formIds[k]!]!, this.starts[k]!));
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

  private grow(): void {
    const grown = (old: Int32Array) => {
      const bigger = new Int32Array(old.length * 2);
      bigger.set(old);
      return bigger;
    };
    this.formIds = grown(this.formIds);
    this.starts = grown(this.starts);
  }
}
