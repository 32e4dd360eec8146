/**
 * Learns an article's cast from its own text: names after titles ("Ketua MPR Zulkifli Hasan"), full
 * names, roles written before a name or after it ("Alan Bollard, direktur eksekutif …"), aliases in
 * brackets ("Susilo Bambang Yudhoyono (SBY)"), and every mention outside a quotation.
 */
import type { Para } from "./layout.js";
import type { Span } from "./marks.js";
import { insideQuotation, type InsideQuotation } from "./inside.js";
import { INSTITUTION_WORDS } from "./lexicon.js";
import { PASSIVE_CUES } from "./openers.js";
import { Cast, type Person } from "./people.js";
import { learnPlaces } from "./places.js";
import { SingleNames } from "./single-names.js";
import { capitalisedRuns, isTitle, runText, splitRun, type Run, type SplitRun } from "./runs.js";
import { TokenStore } from "./token-store.js";
import type { Token } from "./tokens.js";

// Words after which a name is the doer of the clause: "… disebutkan oleh Menteri X", "Klaim
// itu dibantah X".
const SUBJECT_MARKERS = new Set(["oleh", "bahwa", ...PASSIVE_CUES]);

// A paragraph's runs and their splits, kept; its tokens, made again from the store when read.
class ParaTokens {
  readonly runs: Run[] = [];
  /** Each run split into role and name (splitRun with the cast's places), made once for both passes. */
  readonly splits: SplitRun[] = [];

  constructor(
    readonly para: Para,
    readonly index: number,
    private readonly store: TokenStore,
  ) {}

  get tokens(): readonly Token[] {
    return this.store.tokens(this.index);
  }
}

/**
 * The cast of an article: people first learned from names and roles, then their mentions. Each pass
 * reads one paragraph at a time (see TokenStore).
 * @param store each paragraph's tokens, read by the extractor too
 */
export function learnCast(paras: readonly Para[], spans: readonly Span[], store = new TokenStore(paras.map((p) => p.text))): Cast {
  const lowerWords = lowerCaseWords(paras);
  const all = paras.map((para, index) => new ParaTokens(para, index, store));
  const places = learnPlaces(tokensWithRuns(all, lowerWords), lowerWords);
  const cast = new Cast(places);
  const inside = insideQuotation(spans);
  const singleNames = new SingleNames(inside);
  for (const p of all) {
    // splitRun reads only the tokens and the places, which no longer change: split and learn in one
    // pass, and count the one-word names (judged once the cast holds every longer name).
    const tokens = p.tokens;
    for (const run of p.runs) p.splits.push(splitRun(tokens, run, cast.places));
    p.runs.forEach((run, k) => learnRun(cast, p, run, p.splits[k]!, lowerWords));
    singleNames.count(p.index, tokens, p.runs);
  }
  singleNames.learn(cast, lowerWords);
  const named = namesOnce(cast);
  for (const p of all) p.runs.forEach((run, k) => recordMention(cast, p, run, p.splits[k]!, inside, named));
  return cast;
}

// Each paragraph's tokens, in order, finding its capitalised runs on the way.
function* tokensWithRuns(all: readonly ParaTokens[], lowerWords: ReadonlySet<string>): Generator<readonly Token[]> {
  for (const p of all) {
    const tokens = p.tokens;
    p.runs.push(...capitalisedRuns(tokens, p.para.text, lowerWords));
    yield tokens;
  }
}

// Who each name stands for, looked up once per distinct name: the cast no longer changes while
// mentions are recorded, and a big article writes the same names thousands of times (looking each
// up again allocated a fifth of what reading a 3 MB article's quotations did).
function namesOnce(cast: Cast): (name: string) => Person | undefined {
  const known = new Map<string, Person | undefined>();
  return (name) => {
    if (!known.has(name)) known.set(name, cast.byName(name));
    return known.get(name);
  };
}

// Every word the article writes in lower case (added paragraph by paragraph: one array of all of
// them held 1.5 million strings at once on a 10 MB article).
function lowerCaseWords(paras: readonly Para[]): Set<string> {
  const words = new Set<string>();
  for (const p of paras) for (const word of p.text.match(/(?<![\p{L}])\p{Ll}[\p{L}-]*/gu) ?? []) words.add(word);
  return words;
}

// A name is not made mostly of words the article also writes in lower case ("Agama", "Pendidikan").
function nameLike(words: readonly Token[], lowerWords: ReadonlySet<string>): boolean {
  const common = words.filter((w) => lowerWords.has(w.lower)).length;
  return common * 2 < words.length;
}

function learnRun(cast: Cast, p: ParaTokens, run: Run, split: SplitRun, lowerWords: ReadonlySet<string>): void {
  if (!split.name) {
    learnInstitution(cast, p, run, split.titled);
    return;
  }
  const name = runText(p.tokens, p.para.text, split.name);
  const words = split.name.to - split.name.from;
  if (!split.titled && words < 2) return;
  if (!nameLike(p.tokens.slice(split.name.from, split.name.to), lowerWords)) return;
  const role = split.titled && split.role ? roleText(p, split.role) : undefined;
  const person = cast.add(name, true, role);
  const after = appositiveAfter(p, run.to);
  if (after) person.roles.add(after);
  const before = appositiveBefore(p, run.from);
  if (before) person.roles.add(before);
  const alias = bracketAlias(p, run.to);
  if (alias) cast.addAlias(person, alias);
}

// "National Safety Council", "Komisi Pemilihan Umum": an institution, which may speak as a body.
function learnInstitution(cast: Cast, p: ParaTokens, run: Run, titled: boolean): void {
  const words = p.tokens.slice(run.from, run.to);
  if (titled || words.length < 2 || !words.some((w) => INSTITUTION_WORDS.has(w.lower))) return;
  cast.add(runText(p.tokens, p.para.text, run), false);
}

// The role from its first title word on ("Kunjungan Presiden" is "Presiden").
function roleText(p: ParaTokens, role: Run): string {
  let from = role.from;
  while (from < role.to - 1 && !isTitle(p.tokens[from]!)) from++;
  return runText(p.tokens, p.para.text, { from, to: role.to });
}

// "Alan Bollard, direktur eksekutif Sekretariat APEC": a title-led phrase after a comma.
function appositiveAfter(p: ParaTokens, at: number): string | undefined {
  const { tokens } = p;
  if (tokens[at]?.text !== "," || !tokens[at + 1] || !isTitle(tokens[at + 1]!)) return undefined;
  let end = at + 1;
  while (end < tokens.length && tokens[end]!.word && end - at <= 8) end++;
  return runText(tokens, p.para.text, { from: at + 1, to: end });
}

// "pengamat politik Universitas X, Adi Prayitno": a title-led clause before a comma.
function appositiveBefore(p: ParaTokens, at: number): string | undefined {
  const { tokens } = p;
  if (at < 2 || tokens[at - 1]!.text !== ",") return undefined;
  let start = at - 1;
  while (start > 0 && tokens[start - 1]!.word && at - start <= 10) start--;
  if (start === at - 1 || !isTitle(tokens[start]!)) return undefined;
  return runText(tokens, p.para.text, { from: start, to: at - 1 });
}

function bracketAlias(p: ParaTokens, at: number): string | undefined {
  const [open, alias, close] = [p.tokens[at], p.tokens[at + 1], p.tokens[at + 2]];
  if (open?.text !== "(" || close?.text !== ")" || !alias || !/^\p{Lu}/u.test(alias.text)) return undefined;
  return alias.text;
}

function recordMention(cast: Cast, p: ParaTokens, run: Run, split: SplitRun, inside: InsideQuotation, named: (name: string) => Person | undefined): void {
  const offset = p.tokens[run.from]!.start;
  const quoted = inside(p.index, offset);
  const person = named(runText(p.tokens, p.para.text, split.name ?? run));
  if (!person) return;
  const previous = p.tokens[run.from - 1];
  const opensClause = !previous || (!previous.word && previous.text !== "(") || SUBJECT_MARKERS.has(previous.lower);
  cast.mention(person, { para: p.index, offset }, quoted ? "quoted" : opensClause ? "salient" : "plain");
}
