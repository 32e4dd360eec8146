/**
 * Reading a command's named options (Discord slash-command fields) from an Incoming, cleaned and
 * bounded like typed text, so a command treats both the same way.
 */
import { OUTPUT } from "../defaults.js";
import { cleanText } from "../text/normalize.js";
import { truncate } from "../text/truncate.js";
import type { Incoming } from "../types.js";

/** A command's named options: a value for each name given, cleaned and bounded. */
export type NamedOptions = Readonly<Record<string, string>>;

/**
 * The values of the named options, or null when the incoming has none of them (then the command
 * reads its text). Numbers come back as their digits; blank values count as not given.
 */
export function namedOptions(incoming: Incoming, names: readonly string[]): NamedOptions | null {
  const given = incoming.options;
  if (!given) return null;
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = given[name];
    if (value === undefined) continue;
    const text = truncate(cleanText(String(value)), OUTPUT.maxQuestionChars).trim();
    if (text !== "") out[name] = text;
  }
  return Object.keys(out).length > 0 ? out : null;
}
