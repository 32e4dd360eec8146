/**
 * The people (and organisations) an article names: canonical name as written, the other forms it
 * uses for them, the roles it gives them, and where they are mentioned outside quotations.
 */
import { before, type Place } from "./layout.js";
import { PeopleIndex } from "./people-index.js";
import { roleMatch, roleParts } from "./roles.js";

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

/** The article's people, with look-ups by name, by role, and by recency. */
export class Cast {
  readonly people: Person[] = [];
  private readonly index = new PeopleIndex();

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
    for (const person of this.people) {
      for (const role of person.roles) {
        const score = roleMatch(query, roleParts(role));
        if (score > bestScore) [best, bestScore] = [person, score];
      }
    }
    return best;
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

  /**
   * The person (or, if asked, the organisation) mentioned last before the place (outside
   * quotations), and where; salient mentions only if asked.
   */
  lastMentionedBefore(place: Place, salient = false, kind: "person" | "organisation" = "person"): { person: Person; place: Place } | undefined {
    let best: { person: Person; place: Place } | undefined;
    for (const person of this.people) {
      if (person.person !== (kind === "person")) continue;
      for (const m of salient ? person.salientMentions : person.mentions) {
        if (before(m, place) && (!best || before(best.place, m))) best = { person, place: m };
      }
    }
    return best;
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
