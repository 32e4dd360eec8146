/**
 * Who a speaker phrase names: a person by name (canonical: the fullest form in the article), a
 * pronoun or clitic (-nya) resolved to the most recent plausible person, a role ("Ketum PSSI")
 * resolved through the roles the article gave its people, or an organisation as written.
 */
import { ANONYMOUS, PRONOUNS } from "./lexicon.js";
import { before, type Place } from "./layout.js";
import type { Cast, Person } from "./people.js";
import { hasTitle } from "./roles.js";
import { runText, splitRun } from "./runs.js";
import type { Token } from "./tokens.js";
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
   * last speaker spoke, else the last speaker, else the last person mentioned.
   */
  recent(place: Place): Person | undefined {
    const salient = this.cast.lastMentionedBefore(place, true);
    if (salient && (!this.last || before(this.last.place, salient.place))) return salient.person;
    if (this.last && place.para - this.last.place.para <= SPEAKER_REACH) return this.last.person;
    return salient?.person ?? this.last?.person ?? this.cast.lastMentionedBefore(place)?.person;
  }

  /** The person the phrase (tokens of a paragraph) names. */
  resolve(tokens: readonly Token[], text: string, phrase: Phrase, place: Place): Person | undefined {
    const words = tokens.slice(phrase.from, phrase.to);
    const first = words[0]!;
    if (words.length === 1 && PRONOUNS.has(first.lower)) return this.recent(place);
    const whole = runText(tokens, text, phrase);
    if (ANONYMOUS.has(first.lower) && !/\p{Lu}/u.test(words[1]?.text ?? "")) return this.cast.add(whole, false);
    const split = splitRun(tokens, phrase);
    if (split.name) return this.byName(tokens, text, split.name, split.titled, split.role && runText(tokens, text, split.role));
    // A role the article never gave anyone ("Ketua Umum PAN", "mantan Ketua X ini") is someone
    // already in the story: the recent speaker.
    if (hasTitle(whole)) return this.cast.byRole(whole) ?? this.recent(place);
    return this.cast.byName(whole) ?? this.cast.add(whole, false);
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
    return this.cast.add(full, titled || name.to - name.from >= 2, titled ? role : undefined);
  }
}
