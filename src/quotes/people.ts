/**
 * The people (and organisations) an article names: canonical name as written, the other forms it
 * uses for them, the roles it gives them, and where they are mentioned outside quotations.
 */
import { before, type Place } from "./layout.js";
import { PeopleIndex } from "./people-index.js";
import { roleMatch, roleParts, type RoleParts } from "./roles.js";

export interface Person {
  /** The fullest form the article writes ("Retno Marsudi"). */
  readonly name: string;
  /** Lower-case words of the name. */
  readonly words: readonly string[];
  readonly aliases: Set<string>;
  readonly roles: Set<string>;
  /** A person rather than an organisation, a country or a place. */
  person: boolean;
  /** Where the article names them outside quotations (what pronouns can point back to). */
  readonly mentions: Place[];
  /** Where the article names them inside quotations. */
  readonly quotedMentions: Place[];
  /** The fuller entry this one was merged into when the article named them more fully later. */
  mergedInto?: Person;
  /** Mentions as the subject of a clause (or the agent after "oleh"): what "dia" most likely means. */
  readonly salientMentions: Place[];
}

/** Where a mention stands: inside a quotation, as a clause's subject, or plainly outside quotations. */
export type MentionKind = "quoted" | "salient" | "plain";

/** The article's people, with look-ups by name, by role, and by recency. */
export class Cast {
  readonly people: Person[] = [];
  private readonly index = new PeopleIndex();
  // Every mention outside quotations in article order, for recency look-ups by binary search
  // (scanning every person's mentions per quotation made start-up quadratic in the article).
  private readonly recency = { plain: new MentionLog(), salient: new MentionLog() };
  // Each role read into parts once: byRole compares every role for every titled cue.
  private readonly roleParts = new Map<string, RoleParts>();

  /** @param places the article's own place words (places.ts), lower case */
  constructor(readonly places: ReadonlySet<string> = new Set()) {}

  /** The person this name refers to: full name, a word of it (surname), a nickname prefix, or an alias. */
  byName(phrase: string): Person | undefined {
    const words = phrase.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0) return undefined;
    const lower = phrase.toLowerCase();
    const exact = this.index.get("form", lower)[0];
    if (exact) return exact;
    const containing = this.index.get("word", words[0]!).filter((p) => words.every((w) => p.words.includes(w)));
    if (containing.length > 0) return longest(containing);
    if (words.length !== 1 || words[0]!.length < 3) return undefined;
    const short = words[0]!;
    const prefixed = this.index.get("prefix", short.slice(0, 3)).filter((p) => p.person && p.words.some((w) => w.startsWith(short)));
    if (prefixed.length === 1) return prefixed[0];
    const openings = new Set([...this.index.get("opening", short.slice(0, 2)), ...this.index.get("opening", short)]);
    const nicknamed = [...openings].filter((p) => p.person && p.words.length >= 2 && isNickname(short, p.words));
    return nicknamed.length === 1 ? nicknamed[0] : undefined;
  }

  /** Gives the person another name the article uses for them. */
  addAlias(person: Person, alias: string): void {
    person.aliases.add(alias);
    this.index.addAlias(person, alias);
  }

  /** The person whose learned role the phrase names best ("Ketum PSSI", "Bos PSSI"). */
  byRole(phrase: string): Person | undefined {
    const query = roleParts(phrase);
    let best: Person | undefined;
    let bestScore = 0;
    if (query.titles.length === 0) return undefined; // roleMatch would score every role 0
    for (const person of this.people) {
      for (const role of person.roles) {
        const score = roleMatch(query, this.partsOf(role));
        if (score > bestScore) [best, bestScore] = [person, score];
      }
    }
    return best;
  }

  private partsOf(role: string): RoleParts {
    let parts = this.roleParts.get(role);
    if (!parts) this.roleParts.set(role, (parts = roleParts(role)));
    return parts;
  }

  /** Adds a name (or returns the person it already names), with a role if one was written before it. */
  add(name: string, person: boolean, role?: string): Person {
    const known = this.byName(name);
    const found = known && known.words.length >= name.split(/\s+/).length ? known : undefined;
    const entry = found ?? this.create(name, person);
    if (found && known!.name !== name) this.addAlias(entry, name);
    if (person) entry.person = true;
    if (role) entry.roles.add(role);
    return entry;
  }

  private create(name: string, person: boolean): Person {
    const entry: Person = { name, words: name.toLowerCase().split(/\s+/), aliases: new Set(), roles: new Set(), person, mentions: [], quotedMentions: [], salientMentions: [] };
    const sharing = this.index.inOrder(new Set(entry.words.flatMap((w) => this.index.get("word", w))));
    for (const shorter of sharing.filter((p) => p.words.every((w) => entry.words.includes(w)))) {
      this.people.splice(this.people.indexOf(shorter), 1);
      this.index.remove(shorter);
      shorter.mergedInto = entry;
      entry.mentions.push(...shorter.mentions);
      entry.quotedMentions.push(...shorter.quotedMentions);
      entry.salientMentions.push(...shorter.salientMentions);
      shorter.roles.forEach((r) => entry.roles.add(r));
      if (shorter.person) entry.person = true;
    }
    this.people.push(entry);
    this.index.add(entry);
    return entry;
  }

  /** The entry that now stands for a person (the fuller one it was merged into, if any). */
  current(person: Person): Person {
    let entry = person;
    while (entry.mergedInto) entry = entry.mergedInto;
    return entry;
  }

  /** Records where the article names a person; a salient mention is a plain one too. */
  mention(person: Person, place: Place, kind: MentionKind): void {
    if (kind === "quoted") {
      person.quotedMentions.push(place);
      return;
    }
    person.mentions.push(place);
    this.recency.plain.add(person, place);
    if (kind === "salient") {
      person.salientMentions.push(place);
      this.recency.salient.add(person, place);
    }
  }

  /**
   * The person (or, if asked, the organisation) mentioned last before the place (outside
   * quotations), and where; salient mentions only if asked.
   */
  lastMentionedBefore(place: Place, salient = false, kind: "person" | "organisation" = "person"): { person: Person; place: Place } | undefined {
    const log = salient ? this.recency.salient : this.recency.plain;
    return log.lastBefore(place, (entry) => this.current(entry).person === (kind === "person"), (entry) => this.current(entry));
  }
}

/** Mentions in article order; the last one before a place is found by binary search. */
class MentionLog {
  private readonly entries: { person: Person; place: Place }[] = [];
  private sorted = true;

  add(person: Person, place: Place): void {
    const last = this.entries.at(-1);
    if (last && before(place, last.place)) this.sorted = false;
    this.entries.push({ person, place });
  }

  lastBefore(place: Place, wanted: (p: Person) => boolean, current: (p: Person) => Person): { person: Person; place: Place } | undefined {
    if (!this.sorted) {
      this.entries.sort((a, b) => a.place.para - b.place.para || a.place.offset - b.place.offset);
      this.sorted = true;
    }
    let [low, high] = [0, this.entries.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (before(this.entries[mid]!.place, place)) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0; i--) {
      const entry = this.entries[i]!;
      if (wanted(entry.person)) return { person: current(entry.person), place: entry.place };
    }
    return undefined;
  }
}

/**
 * Indonesian news nicknames made from a name's words: initials ("SBY"), or the start of the first
 * word and of the last, with at most one more letter ("Jokowi", "Zulhas", "Bamsoet").
 */
export function isNickname(short: string, words: readonly string[]): boolean {
  if (short === words.map((w) => w[0]).join("")) return true;
  const [first, last] = [words[0]!, words.at(-1)!];
  for (let i = 2; i < short.length - 1 && first.startsWith(short.slice(0, i)); i++) {
    const rest = short.slice(i);
    if (rest.length >= 2 && (last.startsWith(rest) || last.startsWith(rest.slice(0, -1)))) return true;
  }
  return false;
}

function longest(people: readonly Person[]): Person {
  return people.reduce((a, b) => (b.words.length > a.words.length ? b : a));
}
