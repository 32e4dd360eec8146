import { createInterface } from "node:readline";
import type { Bot, Incoming } from "../../src/index.js";
import type { RunningService } from "../service.js";
import { PLAIN, renderPlain, type TextStyle } from "../render-plain.js";

const ANSI: TextStyle = {
  answer: (t) => `\x1b[1m${t}\x1b[0m`,
  dim: (t) => `\x1b[2m${t}\x1b[0m`,
  title: (t) => `\x1b[36m${t}\x1b[0m`,
};

/**
 * The console chat. On a terminal it prompts and colours; piped, it answers each stdin line and
 * ends at end of input. `/quit` or Ctrl-D leaves.
 */
export function startConsole(bot: Bot, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): RunningService & { done: Promise<void> } {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY) && Boolean((output as { isTTY?: boolean }).isTTY);
  const style = interactive ? ANSI : PLAIN;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  const write = (text: string) => output.write(`${text}\n`);
  if (interactive) {
    write(renderPlain(bot.handle(message("/start")), style));
    rl.setPrompt("? ");
    rl.prompt();
  }
  rl.on("line", (line) => {
    if (line.trim() === "/quit" || line.trim() === "/exit") return rl.close();
    if (line.trim() !== "") write(renderPlain(bot.handle(message(line)), style));
    if (interactive) rl.prompt();
  });
  const done = new Promise<void>((resolve) => rl.on("close", resolve));
  return { name: "console", done, failed: new Promise<Error>(() => undefined), stop: async () => rl.close() };
}

function message(text: string): Incoming {
  return { text, chat: { id: "console", kind: "console" }, from: { id: "console" } };
}
