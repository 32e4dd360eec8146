/**
 * Look-ups of the cast by the keys `Cast.byName` asks about, kept up to date as people are added,
 * merged and given aliases, so that naming someone costs the same in a 30 MB article as in a short
 * one (a scan of everyone per mention made start-up grow with the square of the text).
 */
import type { Person } from "./people.js";

type Key = "form" | "word" | "prefix" | "opening";

export class PeopleIndex {
  private readonly maps: Record<Key, Map<string, Set<Person>>> = { form: new Map(), word: new Map(), prefix: new Map(), opening: new Map() };
  // Order of addition: look-ups answer as a scan of the cast in order would.
  private readonly order = new Map<Person, number>();

  private added = 0;

  add(person: Person): void {
    this.order.set(person, this.added++);
    for (const [key, value] of keysOf(person)) this.put(key, value, person);
  }

  /** Call after adding to `person.aliases`. */
  addAlias(person: Person, alias: string): void {
    this.put("form", alias.toLowerCase(), person);
  }

  remove(person: Person): void {
    for (const [key, value] of keysOf(person)) this.maps[key].get(value)?.delete(person);
    this.order.delete(person);
  }

  /** People under a key, in the order they were added. */
  get(key: Key, value: string): Person[] {
    return this.inOrder(this.maps[key].get(value) ?? []);
  }

  inOrder(people: Iterable<Person>): Person[] {
    return [...people].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  private put(key: Key, value: string, person: Person): void {
    const set = this.maps[key].get(value);
    if (set) set.add(person);
    else this.maps[key].set(value, new Set([person]));
  }
}

function keysOf(person: Person): Array<[Key, string]> {
  const keys: Array<[Key, string]> = [["form", person.name.toLowerCase()]];
  for (const alias of person.aliases) keys.push(["form", alias.toLowerCase()]);
  for (const word of person.words) keys.push(["word", word], ["prefix", word.slice(0, 3)]);
  // A nickname starts with the first word's first two letters, or is the initials.
  keys.push(["opening", person.words[0]!.slice(0, 2)], ["opening", person.words.map((w) => w[0]).join("")]);
  return keys;
}
