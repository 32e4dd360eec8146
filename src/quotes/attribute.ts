/**
 * Who a speaker phrase names: a person by name (canonical: the fullest form in the article), a
 * pronoun or clitic (-nya) resolved to the most recent plausible person, a role ("Ketum PSSI")
 * resolved through the roles the article gave its people, or an organisation as written.
 */
import { ANONYMOUS, INSTITUTION_WORDS, NOT_PERSON_WORDS, PRONOUNS } from "./lexicon.js";
import { before, type Place } from "./layout.js";
import type { Cast, Person } from "./people.js";
import { hasTitle } from "./roles.js";
import { runText, splitRun } from "./runs.js";
import { isAcronym, type Token } from "./tokens.js";
import type { Phrase } from "./phrases.js";

/** How far back (in paragraphs) the last speaker is still the one a pronoun means. */
const SPEAKER_REACH = 2;

/** Attribution state while reading an article in order. */
export class Attributor {
  private last?: { person: Person; place: Place };

  constructor(readonly cast: Cast) {}

  /** Remembers who spoke last (pronouns and unattributed quotations lean on it). */
  spoke(person: Person, place: Place): void {
    this.last = { person, place };
  }

  /**
   * The person a pronoun at this place means: a person named as the subject of a clause since the
   * last speaker spoke, else the last speaker, else the last person mentioned. A pronoun names a
   * person: after an organisation spoke, the person named since then is meant.
   */
  recent(place: Place): Person | undefined {
    const salient = this.cast.lastMentionedBefore(place, true);
    if (salient && (!this.last || before(this.last.place, salient.place))) return salient.person;
    const last = this.last;
    const mentioned = this.cast.lastMentionedBefore(place);
    if (last && !last.person.person && mentioned && before(last.place, mentioned.place)) return mentioned.person;
    if (last && place.para - last.place.para <= SPEAKER_REACH) return last.person;
    return salient?.person ?? last?.person ?? mentioned?.person;
  }

  /** The person the phrase (tokens of a paragraph) names. */
  resolve(tokens: readonly Token[], text: string, written: Phrase, place: Place): Person | undefined {
    const phrase = this.withoutTrailingPlaces(tokens, written);
    const words = tokens.slice(phrase.from, phrase.to);
    const first = words[0]!;
    // "Pihaknya", "Keduanya": a word with the clitic points back like a pronoun.
    if (words.length === 1 && (PRONOUNS.has(first.lower) || first.lower.endsWith("nya"))) return this.recent(place);
    const whole = runText(tokens, text, phrase);
    if (phrase.pointer) return this.pointedAt(whole, words, place);
    if (ANONYMOUS.has(first.lower) && !/\p{Lu}/u.test(words[1]?.text ?? "")) return this.cast.add(whole, false);
    if (words.every((w) => this.cast.places.has(w.lower) && !NOT_PERSON_WORDS.has(w.lower))) return undefined;
    const split = splitRun(tokens, phrase, this.cast.places);
    if (split.name) return this.byName(tokens, text, split.name, split.titled, split.role && runText(tokens, text, split.role));
    // A role the article never gave anyone ("Ketua Umum PAN", "mantan Ketua X ini") is someone
    // already in the story: the recent speaker.
    if (hasTitle(whole)) return this.cast.byRole(whole) ?? this.recent(place);
    return this.cast.byName(whole) ?? this.cast.add(whole, false);
  }

  // "menurut Rudi Bandung juga …": a place the article names after a name is not part of it.
  private withoutTrailingPlaces(tokens: readonly Token[], phrase: Phrase): Phrase {
    let to = phrase.to;
    while (to - phrase.from > 1 && this.cast.places.has(tokens[to - 1]!.lower)) to--;
    return { ...phrase, to };
  }

  // "Mantan gubernur itu", "Lembaga tersebut": a role the article gave someone, an organisation
  // named before, or the person the story is about at this point.
  private pointedAt(whole: string, words: readonly Token[], place: Place): Person | undefined {
    if (hasTitle(whole)) return this.cast.byRole(whole) ?? this.recent(place);
    if (INSTITUTION_WORDS.has(words[0]!.lower)) return this.cast.lastMentionedBefore(place, false, "organisation")?.person ?? this.recent(place);
    return this.recent(place);
  }

  // The longest tail of the name the cast knows ("Kebudayaan Muhadjir Effendy" -> "Muhadjir Effendy").
  private byName(tokens: readonly Token[], text: string, name: Phrase, titled: boolean, role?: string): Person {
    for (let from = name.from; from < name.to; from++) {
      const known = this.cast.byName(runText(tokens, text, { from, to: name.to }));
      if (known) {
        if (titled && role) known.roles.add(role);
        return known;
      }
    }
    const full = runText(tokens, text, name);
    // One word the article never marks as a place or writes in capitals ("Sutrisno mengatakan") names a person.
    const person = titled || name.to - name.from >= 2 || !isAcronym(tokens[name.from]!);
    return this.cast.add(full, person, titled ? role : undefined);
  }
}
