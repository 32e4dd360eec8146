import { about } from "./about.js";
import { ask } from "./ask.js";
import type { Command } from "./command.js";
import { helpCommand, startCommand } from "./help.js";
import { quote } from "./quote.js";
import { speakers } from "./speakers.js";
import { summary } from "./summary.js";

/** Every command the core knows, in menu order. New commands are added here and nowhere else. */
export const COMMANDS: readonly Command[] = Object.freeze([
  ask,
  summary,
  quote,
  speakers,
  helpCommand(() => COMMANDS),
  about,
  startCommand(() => COMMANDS),
]);

/** The command with this name, or undefined. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
