/**
 * The speaker index of a corpus: who is quoted (canonical name, aliases, roles, number of
 * quotations), who is mentioned but never quoted (and where), and a look-up that forgives typos,
 * partial names and roles ("ketum pssi") — Fuse.js over short strings, which is what it is good at.
 */
import type { Article, Quote } from "../types.js";
import { extractQuotes } from "./extract.js";
import { FilteredFuse } from "./form-search.js";
import { bodyParagraphs, sentenceAt } from "./layout.js";
import type { Person } from "./people.js";
import { expandTitles, roleMatch, roleParts, type RoleParts } from "./roles.js";

/** Where a person is named: article, paragraph and sentence. */
export interface Where {
  readonly article: string;
  readonly paragraph: number;
  readonly sentence: number;
}

export interface Speaker {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  /** Number of quotations (direct and indirect). */
  readonly quotes: number;
  /** Where the article names them; the first entry is the first mention. */
  readonly where: readonly Where[];
}

/** A look-up result: the speaker, and how it matched (score 0 is perfect, as in Fuse.js). */
export interface SpeakerHit {
  readonly speaker: Speaker;
  readonly score: number;
}

const FUSE_OPTIONS = Object.freeze({
  includeScore: true,
  ignoreLocation: true as const, // a surname matches anywhere in "Retno Marsudi"
  threshold: 0.45,
  keys: ["form"],
});

/** Look-ups remembered; past this many the memory starts over. */
const FOUND_CACHE = 500;

/** One way the article names someone: the name, a word of it, an alias, a role (also written out). */
interface Form {
  readonly form: string;
  readonly speaker: Speaker;
}

/** Quoted people and people only mentioned, with a fuzzy look-up over both. */
export class SpeakerIndex {
  readonly quotes: readonly Quote[];
  /** Quoted people, most quoted first. */
  readonly speakers: readonly Speaker[];
  /** People named in the corpus but never quoted. */
  readonly mentioned: readonly Speaker[];
  private readonly fuse: FilteredFuse<Form>;
  // Recent look-ups: "/quote X topic" looks up the same name while splitting it off and replying.
  private readonly found = new Map<string, SpeakerHit[]>();
  /** Every person's roles, read into parts once (a look-up compares them all). */
  private readonly roles: readonly { speaker: Speaker; parts: readonly RoleParts[] }[];

  constructor(articles: readonly Article[]) {
    const quotes: Quote[] = [];
    const people = new Map<string, Speaker>();
    for (const article of articles) {
      const found = extractQuotes(article);
      quotes.push(...found.quotes);
      const counts = countBySpeaker(found.quotes);
      for (const person of found.cast.people) {
        if (!person.person && !counts.has(person.name)) continue;
        merge(people, toSpeaker(article, person, counts.get(person.name) ?? 0));
      }
      for (const [name, count] of counts) if (!people.has(name)) merge(people, bare(name, count));
    }
    const all = [...people.values()];
    this.quotes = quotes;
    this.speakers = all.filter((s) => s.quotes > 0).sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
    this.mentioned = all.filter((s) => s.quotes === 0 && s.where.length > 0);
    this.fuse = new FilteredFuse(all.flatMap(formsOf), (f) => f.form, FUSE_OPTIONS);
    this.roles = [...this.speakers, ...this.mentioned].filter((s) => s.roles.length > 0).map((speaker) => ({ speaker, parts: speaker.roles.map(roleParts) }));
    // The first look-ups also compile the code they run (100 ms on a busy machine): pay that at load.
    for (const warm of [this.speakers[0]?.name, this.roles[0]?.speaker.roles[0]]) if (warm) this.find(warm);
    this.found.clear();
  }

  /**
   * People matching a name, alias or role, best first: a learned role first, then Fuse.js. With
   * `maxScore`, only matches scored at most that (faster: fewer forms are compared).
   */
  find(query: string, limit = 5, maxScore?: number): SpeakerHit[] {
    const q = query.trim();
    if (q === "") return [];
    const key = `${limit} ${maxScore ?? ""} ${q}`;
    const known = this.found.get(key);
    if (known) return known.slice();
    const parts = roleParts(q);
    const byRole = parts.titles.length === 0 ? [] : this.roles.filter((r) => r.parts.some((role) => roleMatch(parts, role) > 0));
    const hits: SpeakerHit[] = byRole.map(({ speaker }) => ({ speaker, score: 0 }));
    for (const r of this.fuse.search(expandTitles(q).join(" "), limit * 8, maxScore)) {
      if (!hits.some((h) => h.speaker === r.item.speaker)) hits.push({ speaker: r.item.speaker, score: r.score ?? 1 });
    }
    if (this.found.size >= FOUND_CACHE) this.found.clear();
    this.found.set(key, hits.slice(0, limit));
    return hits.slice(0, limit);
  }

  /** Quoted speakers whose name, an alias or a role starts with (or contains) the prefix: for autocomplete. */
  complete(prefix: string, limit = 25): string[] {
    const p = prefix.trim().toLowerCase();
    if (p === "") return this.speakers.slice(0, limit).map((s) => s.name);
    const forms = (s: Speaker) => [s.name, ...s.aliases, ...s.roles].map((f) => f.toLowerCase());
    const starts = this.speakers.filter((s) => forms(s).some((f) => f.startsWith(p) || f.split(/\s+/).some((w) => w.startsWith(p))));
    const rest = starts.length >= limit ? [] : this.find(prefix, limit).map((h) => h.speaker).filter((s) => s.quotes > 0 && !starts.includes(s));
    return [...starts, ...rest].slice(0, limit).map((s) => s.name);
  }

  /** The quotations of one speaker: direct ones first, each group in article order. */
  quotesOf(name: string): Quote[] {
    const mine = this.quotes.filter((q) => q.speaker === name);
    return [...mine.filter((q) => q.kind === "direct"), ...mine.filter((q) => q.kind === "indirect")];
  }

}

// Each word of the name and aliases also on its own, so that a mistyped surname meets its word.
function formsOf(speaker: Speaker): Form[] {
  const names = [speaker.name, ...speaker.aliases];
  const words = names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length >= 3);
  const roles = speaker.roles.flatMap((r) => [r, expandTitles(r).join(" ")]);
  return [...new Set([...names, ...words, ...roles])].map((form) => ({ form, speaker }));
}

function countBySpeaker(quotes: readonly Quote[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return counts;
}

function toSpeaker(article: Article, person: Person, quotes: number): Speaker {
  const paras = bodyParagraphs(article);
  const places = [...person.mentions, ...person.quotedMentions].sort((a, b) => a.para - b.para || a.offset - b.offset);
  const where = places.map((p) => {
    const para = paras[p.para]!;
    return { article: article.id, paragraph: para.number, sentence: sentenceAt(para, p.offset).sentence };
  });
  return { name: person.name, aliases: [...person.aliases], roles: [...person.roles], quotes, where };
}

function bare(name: string, quotes: number): Speaker {
  return { name, aliases: [], roles: [], quotes, where: [] };
}

function merge(people: Map<string, Speaker>, s: Speaker): void {
  const known = people.get(s.name);
  if (!known) {
    people.set(s.name, s);
    return;
  }
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  people.set(s.name, { name: s.name, aliases: union(known.aliases, s.aliases), roles: union(known.roles, s.roles), quotes: known.quotes + s.quotes, where: [...known.where, ...s.where] });
}
