/**
 * Buttons in the console, which has nothing to click: the last reply's buttons as one numbered line,
 * and a typed "#N" read back as a press of button N. What a button does is the core's business; this
 * file only numbers the buttons and finds the one a person picked.
 */
import { MESSAGES, type Button, type Lang, type Reply } from "../../src/index.js";
import type { TextStyle } from "../render-plain.js";

/** The console's own words about buttons, in the language of the reply they belong to. */
const WORDS = MESSAGES.consoleButtons;

// Six digits is far more buttons than a reply has; a longer "#123…" is left to the core as text.
const PRESS = /^#(\d{1,6})$/;

/** The buttons a reply offers, in order: the ones "#1", "#2"… press. */
export interface ButtonChoices {
  readonly buttons: readonly Button[];
  readonly lang: Lang;
}

/** What "#N" can press after this reply. */
export function choicesOf(reply: Reply): ButtonChoices {
  return { buttons: reply.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : [])), lang: reply.lang };
}

/** `Tombol: [1] Konteks  [2] Lainnya — ketik #1, #2`, or "" when there are no buttons. */
export function buttonLine(choices: ButtonChoices, style: TextStyle): string {
  if (choices.buttons.length === 0) return "";
  const words = WORDS[choices.lang];
  const labels = choices.buttons.map((b, i) => `[${i + 1}] ${b.label}`).join("  ");
  return style.dim(`${words.buttons}: ${labels} — ${words.type} ${numbers(choices)}`);
}

/**
 * What a typed line presses: the button, a short line saying there is no such button, or null when
 * the line is not exactly "#N" (then it is a message for the core).
 */
export function readPress(line: string, choices: ButtonChoices): { button: Button } | { notice: string } | null {
  const match = PRESS.exec(line.trim());
  if (!match) return null;
  const button = choices.buttons[Number(match[1]) - 1];
  if (button) return { button };
  const words = WORDS[choices.lang];
  return { notice: choices.buttons.length === 0 ? words.none : words.missing(match[1]!, numbers(choices)) };
}

function numbers(choices: ButtonChoices): string {
  return choices.buttons.map((_, i) => `#${i + 1}`).join(", ");
}
