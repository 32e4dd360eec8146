/**
 * The ways one Indonesian prefix may be read off the front of a word, with the root's first letter
 * restored where the prefix's nasal replaced it (me-/pe- + tulis → menulis, + kirim → mengirim,
 * + sebar → menyebar, + pukul → memukul), and the colloquial bare nasal ("nulis", "ngirim", "nge-").
 * Class letters: b ber-, d di-, k ke-, m me-, p pe-, r per-, s se-, t ter-.
 */
export interface PrefixReading {
  readonly cls: string;
  readonly rest: string;
  readonly colloquial: boolean;
}

const VOWEL = /^[aeiou]/;
const PLAIN: readonly (readonly [string, string])[] = [["di", "d"], ["ke", "k"], ["se", "s"], ["ber", "b"], ["ter", "t"], ["per", "r"]];

/** Readings of one prefix of `word`; colloquial ones only when `outermost`. */
export function prefixReadings(word: string, outermost: boolean): PrefixReading[] {
  const out: PrefixReading[] = [];
  const add = (cls: string, rest: string, colloquial = false) => out.push({ cls, rest, colloquial });
  for (const [prefix, cls] of PLAIN) if (word.startsWith(prefix)) add(cls, word.slice(prefix.length));
  // be-/te-/pe- before r ("berasa" ← rasa), be- before a few consonants ("bekerja").
  if (word.startsWith("be") && !word.startsWith("ber")) add("b", word.slice(2));
  if (/^(?:be|te|pe)r/.test(word)) add(word[0] === "b" ? "b" : word[0] === "t" ? "t" : "r", word.slice(2));
  if (word.startsWith("me")) nasalReadings(word.slice(2), "m", add);
  if (word.startsWith("pe")) {
    nasalReadings(word.slice(2), "p", add);
    if (/^pe[^aeiou]/.test(word)) add("p", word.slice(2)); // pe- + consonant: "petani", "pedagang"
  }
  if (outermost) colloquialReadings(word, (rest) => add("m", rest, true));
  return out;
}

/** After me-/pe-: the nasal and the root's first letter it stands for. */
function nasalReadings(after: string, cls: string, add: (cls: string, rest: string) => void): void {
  if (/^[lmnrwy]/.test(after)) add(cls, after);
  const tail = (n: number) => after.slice(n);
  if (after.startsWith("m")) {
    if (/^[bfvp]/.test(tail(1))) add(cls, tail(1));
    else if (VOWEL.test(tail(1))) add(cls, `p${tail(1)}`);
  } else if (after.startsWith("ng")) {
    if (/^(?:[aeiough]|k[hlr]|q)/.test(tail(2))) add(cls, tail(2));
    if (VOWEL.test(tail(2))) add(cls, `k${tail(2)}`);
    if (after.startsWith("nge")) add(cls, tail(3)); // before one syllable: "mengebom", "pengecat"
  } else if (after.startsWith("ny")) {
    if (VOWEL.test(tail(2))) add(cls, `s${tail(2)}`);
  } else if (after.startsWith("n")) {
    if (/^(?:[cdjz]|tr|s[kmptwy])/.test(tail(1))) add(cls, tail(1));
    else if (VOWEL.test(tail(1))) add(cls, `t${tail(1)}`);
  }
}

/** Spoken nasal verbs without me-: "ngomong" ← omong, "ngirim" ← kirim, "nyari" ← cari, "nulis" ← tulis, "mikir" ← pikir, "ngerusak" ← rusak. */
function colloquialReadings(word: string, add: (rest: string) => void): void {
  if (/^nge[^aeiou]/.test(word)) add(word.slice(3));
  if (/^ng[aeiou]/.test(word)) {
    add(word.slice(2));
    add(`k${word.slice(2)}`);
  } else if (/^ny[aeiou]/.test(word)) {
    add(`s${word.slice(2)}`);
    add(`c${word.slice(2)}`);
  } else if (/^n[aeiou]/.test(word)) add(`t${word.slice(1)}`);
  else if (/^m[aeiou]/.test(word)) add(`p${word.slice(1)}`);
}
