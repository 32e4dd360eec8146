/**
 * Unicode clean-up. `cleanText` keeps the article's words as written (it only drops what is invisible
 * or broken); `foldForMatching` goes further, for comparing words, never for showing them.
 */

// Zero-width characters, bidi controls, BOM, soft hyphen and C0/C1 controls other than tab and newline.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// A lone surrogate cannot be shown or encoded; replace it rather than let it travel.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as the article or the person wrote it, minus invisible and broken characters (NFC). */
export function cleanText(raw: string): string {
  return raw.replace(LONE_SURROGATE, "\uFFFD").normalize("NFC").replace(INVISIBLE, "");
}

const QUOTES: Record<string, string> = {
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u0060": "'", "\u00B4": "'",
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u2026": "...",
};
const FANCY = /[\u201C-\u201F\u00AB\u00BB\u2018-\u201B\u2032\u0060\u00B4\u2010-\u2015\u2212\u2026]/g;

// Printable ASCII (without the backtick, which folds to an apostrophe), tab and line breaks: text the
// steps below would only lower-case. Most words of most articles are such text.
const PLAIN_ASCII = /^[\t\n\r\x20-\x5f\x61-\x7e]*$/;
// Module constants, not literals in the functions: the build lowers a \p{...} literal to a `new RegExp`
// at every call.
const MARKS = /\p{M}+/gu;

/** True when foldForMatching only lower-cases the text (printable ASCII, as most of most articles). */
export function foldsToLowerCase(text: string): boolean {
  return PLAIN_ASCII.test(text);
}

/** Straight quotes, plain dashes, NFKC, no diacritics, lower case: for matching only. */
export function foldForMatching(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return cleanText(text)
    .replace(FANCY, (c) => QUOTES[c] ?? c)
    .normalize("NFKD")
    .replace(MARKS, "")
    .normalize("NFKC")
    .toLowerCase();
}
