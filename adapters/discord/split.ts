/**
 * Cutting Discord text into pieces of at most `max` UTF-16 units (Discord counts characters; UTF-16
 * units are never fewer, so the bound is safe), where adapters/split-text.ts cuts, never inside a
 * Markdown escape.
 */
import { splitText as splitBy, type SplitOptions } from "../split-text.js";

const MARKDOWN: SplitOptions = Object.freeze({
  // A backslash escapes the character after it; cut apart, the next message shows both literally.
  breaksUnit: (text: string, at: number) => text[at - 1] === "\\",
});

/** Pieces of escaped Markdown `text`, trimmed and never empty, each at most `max` long. */
export function splitText(text: string, max: number): string[] {
  return splitBy(text, max, MARKDOWN);
}
