/**
 * Places an article itself marks as places: the capitalised word after "di", "ke", "kota",
 * "warga", "kelurahan" … ("di Sleman", "warga Cilandak"). Such a word is not a person's name,
 * and a place does not speak. Words the article also gives a person ("kata Hakim" after "di Hakim")
 * are rare; a word of a titled name learned elsewhere still wins (see learn.ts).
 */
import type { Token } from "./tokens.js";
import { isAcronym, isCapitalised } from "./tokens.js";

/** Lower-case words before a place name: prepositions of place and kinds of place. */
const PLACE_MARKERS = new Set(`di ke kota kabupaten provinsi kelurahan kecamatan desa kampung dusun warga
  wilayah kawasan pulau distrik ibukota`.split(/\s+/));

/**
 * The lower-case first word of every capitalised word sequence the article marks as a place, less
 * words it also writes in lower case (`lowerWords`: "di Bagian …" is not a place).
 */
export function learnPlaces(paragraphs: Iterable<readonly Token[]>, lowerWords: ReadonlySet<string>): Set<string> {
  const places = new Set<string>();
  for (const tokens of paragraphs) {
    for (let i = 1; i < tokens.length; i++) {
      const marker = tokens[i - 1]!;
      const word = tokens[i]!;
      if (PLACE_MARKERS.has(marker.lower) && isCapitalised(word) && !isAcronym(word) && !lowerWords.has(word.lower)) places.add(word.lower);
    }
  }
  return places;
}
