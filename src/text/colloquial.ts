/**
 * Readings of colloquial Jakarta-style verb forms as standard roots: the nasal prefix that replaces
 * a root's first consonant ("nambah" ← "tambah", "nyebar" ← "sebar", "mukul" ← "pukul", "ngirim" ←
 * "kirim"), "nge-" before a consonant ("ngerusak" ← "rusak"), and the suffix "-in" for "-kan"/"-i"
 * ("bantuin" ← "bantu"). General rules of spoken Indonesian, tried only for words a corpus lacks.
 */
export function colloquialRoots(word: string): string[] {
  const bases = new Set<string>([word]);
  if (word.length > 5 && word.endsWith("in")) bases.add(word.slice(0, -2));
  const out = new Set<string>();
  for (const base of bases) {
    if (base !== word) out.add(base);
    for (const root of prefixReadings(base)) out.add(root);
  }
  out.delete(word);
  return [...out].filter((r) => r.length >= 3);
}

const NGE_CONSONANT = /^nge[^aeiou]/;
const NG_VOWEL = /^ng[aeiou]/;
const NY_VOWEL = /^ny[aeiou]/;
const N_VOWEL = /^n[aeiou]/;
const M_VOWEL = /^m[aeiou]/;

function prefixReadings(word: string): string[] {
  const out: string[] = [];
  if (NGE_CONSONANT.test(word)) out.push(word.slice(3));
  if (NG_VOWEL.test(word)) out.push(`k${word.slice(2)}`, word.slice(2));
  else if (NY_VOWEL.test(word)) out.push(`s${word.slice(2)}`, `c${word.slice(2)}`);
  else if (N_VOWEL.test(word)) out.push(`t${word.slice(1)}`);
  else if (M_VOWEL.test(word)) out.push(`p${word.slice(1)}`);
  return out;
}
