/** A message split into a command and its arguments; `name` is null for plain text. */
export interface ParsedMessage {
  readonly name: string | null;
  readonly args: string;
}

// "/ask@SomeBot rest": the @bot part is the adapter's business (it drops messages for other bots).
const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]{1,64})?(?:\s+([\s\S]*))?$/;

/** Reads "/name args" (also "/name@Bot args"); anything else is plain text. */
export function parseMessage(text: string): ParsedMessage {
  const match = COMMAND.exec(text.trim());
  if (!match) return { name: null, args: text.trim() };
  return { name: match[1]!.toLowerCase(), args: (match[2] ?? "").trim() };
}

// Inline mode's shorthand for quotes: "kutipan <name>" / "quote <name>".
const INLINE_QUOTE = /^(?:kutipan|quote)\s+(\S[\s\S]*)$/i;

/**
 * What an inline query (typed after "@ThisBot" in any chat) asks: "kutipan <name>" or "quote <name>"
 * is the /quote command, anything else a question. The text the core reads, trimmed.
 */
export function inlineToCommand(text: string): string {
  const query = text.trim();
  const quote = INLINE_QUOTE.exec(query);
  return quote ? `/quote ${quote[1]!.trim()}` : query;
}
