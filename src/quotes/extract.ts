/**
 * Every quotation and reported statement of an article, attributed: direct quotations by their
 * marks (over several sentences or paragraphs, partial quotes inside reported speech included) and
 * indirect statements by their cues, read in order so that pronouns find the last speaker.
 */
import type { Article, Quote } from "../types.js";
import { Attributor } from "./attribute.js";
import { cueAfter, cueBefore, type Cue, type Statement } from "./cues.js";
import { itemsOf } from "./items.js";
import { bodyParagraphs, sentenceAt, type Para, type Place } from "./layout.js";
import { learnCast } from "./learn.js";
import { quotationSpans, type Span } from "./marks.js";
import type { Cast, Person } from "./people.js";
import { TokenStore } from "./token-store.js";

/** An article's quotations and its cast (who is named, who speaks). */
export interface ArticleQuotes {
  readonly article: Article;
  readonly quotes: readonly Quote[];
  readonly cast: Cast;
}

interface Reading {
  readonly article: Article;
  readonly paras: readonly Para[];
  readonly tokens: TokenStore;
  readonly spans: readonly Span[];
  readonly attributor: Attributor;
  /**
   * Statements already attributed, by paragraph, for partial quotations inside them (scanning all
   * of them per quotation made start-up grow with the square of the article).
   */
  readonly statements: Map<number, { place: Place; end: number; person: Person }[]>;
  readonly quotes: { quote: Quote; person: Person }[];
}

/** Quotations of one article, in article order. */
export function extractQuotes(article: Article): ArticleQuotes {
  const paras = bodyParagraphs(article);
  const spans = quotationSpans(paras);
  const tokens = new TokenStore(paras.map((p) => p.text));
  const cast = learnCast(paras, spans, tokens);
  const reading: Reading = { article, paras, tokens, spans, attributor: new Attributor(cast), statements: new Map(), quotes: [] };
  for (const item of itemsOf(paras, (para) => tokens.tokens(para), spans)) {
    if (item.kind === "statement") readStatement(reading, item.place, item.statement);
    else readChain(reading, item.chain);
  }
  // A name learned later may have grown ("Rudi" became "Rudi Hartono"): each quotation gets the final one.
  const quotes = reading.quotes
    .map(({ quote, person }) => ({ ...quote, speaker: cast.current(person).name }))
    .sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
  return { article, quotes, cast };
}

function readStatement(reading: Reading, place: Place, statement: Statement): void {
  const tokens = reading.tokens.tokens(place.para);
  const person = speakerOf(reading, place.para, statement, statement.personOnly === true);
  if (!person) return;
  const start = tokens[statement.contentFrom]!.start;
  const end = trimEnd(reading.paras[place.para]!.text, tokens[statement.contentTo - 1]!.end);
  const read = { place: { para: place.para, offset: start }, end, person };
  const here = reading.statements.get(place.para);
  if (here) here.push(read);
  else reading.statements.set(place.para, [read]);
  addQuote(reading, person, "indirect", place.para, start, end, cueText(reading, place.para, statement));
}

function readChain(reading: Reading, chain: readonly Span[]): void {
  const first = chain[0]!;
  const last = chain.at(-1)!;
  const after = last.closed ? cueAfter(reading.tokens.tokens(last.para), tokenAt(reading, last.para, last.close)) : undefined;
  const beforeCue = cueBefore(reading.tokens.tokens(first.para), tokenAt(reading, first.para, first.open));
  const cue = after ? { para: last.para, cue: after } : beforeCue ? { para: first.para, cue: beforeCue } : undefined;
  const person = cue ? speakerOf(reading, cue.para, cue.cue) : unannounced(reading, first);
  if (!person) return;
  const text = cue ? cueText(reading, cue.para, cue.cue) : "";
  if (after && !beforeCue && chain.length === 1) reportedLeadIn(reading, first, person, text);
  for (const span of chain) addQuote(reading, person, "direct", span.para, span.start, span.end, text);
}

/** Words a mixed quotation's sentence holds before its mark that make a statement of their own. */
const LEAD_IN_WORDS = 4;

// "Pemerintah akan meminta X “untuk …,” kata dia.": a quotation that opens mid-sentence with
// its cue after it makes the whole sentence, lead-in and quotation, the speaker's reported statement.
function reportedLeadIn(reading: Reading, first: Span, person: Person, cue: string): void {
  const para = reading.paras[first.para]!;
  const sentence = sentenceAt(para, first.open);
  const covered = statementsIn(reading, first.para).some((s) => s.place.offset < first.open && first.open <= s.end + 2);
  const lead = para.text.slice(sentence.start, first.open);
  if (covered || /["“”]/.test(lead) || (lead.match(/[\p{L}\p{N}]+/gu) ?? []).length < LEAD_IN_WORDS) return;
  addQuote(reading, person, "indirect", first.para, sentence.start, trimEnd(para.text, first.close + 1), cue);
}

function speakerOf(reading: Reading, para: number, cue: Cue, personOnly = false): Person | undefined {
  const tokens = reading.tokens.tokens(para);
  const place = { para, offset: tokens[cue.from]!.start };
  const { attributor } = reading;
  const person = cue.speaker ? attributor.resolve(tokens, reading.paras[para]!.text, cue.speaker, place) : attributor.recent(place);
  if (!person || (personOnly && !person.person)) return undefined;
  attributor.spoke(person, place);
  return person;
}

// A quotation with no cue: the speaker of the statement around it, a person named before it in its
// sentence, or the last speaker.
function unannounced(reading: Reading, span: Span): Person | undefined {
  const place = { para: span.para, offset: span.open };
  const around = statementsIn(reading, span.para).find((s) => s.place.offset <= span.open && span.open < s.end);
  if (around) return around.person;
  const sentence = sentenceAt(reading.paras[span.para]!, span.open);
  const named = reading.attributor.cast.lastMentionedBefore(place);
  const inSentence = named && named.place.para === span.para && named.place.offset >= sentence.start;
  return inSentence ? named.person : reading.attributor.recent(place);
}

function statementsIn(reading: Reading, para: number): readonly { place: Place; end: number; person: Person }[] {
  return reading.statements.get(para) ?? [];
}

function addQuote(reading: Reading, person: Person, kind: Quote["kind"], para: number, start: number, end: number, cue: string): void {
  const p = reading.paras[para]!;
  const text = p.text.slice(start, end);
  if (text.trim() === "") return;
  const sentence = sentenceAt(p, start).sentence;
  reading.quotes.push({ person, quote: { speaker: person.name, cue, kind, text, article: reading.article.id, paragraph: p.number, sentence } });
}

function tokenAt(reading: Reading, para: number, offset: number): number {
  const i = reading.tokens.tokens(para).findIndex((t) => t.start >= offset);
  return i < 0 ? reading.tokens.tokens(para).length : i;
}

function cueText(reading: Reading, para: number, cue: Cue): string {
  const tokens = reading.tokens.tokens(para);
  return reading.paras[para]!.text.slice(tokens[cue.from]!.start, tokens[cue.to - 1]!.end);
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s,]/.test(text[e - 1]!)) e--;
  return e;
}
