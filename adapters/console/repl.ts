import { createInterface } from "node:readline";
import type { Bot, Incoming, Reply } from "../../src/index.js";
import type { RunningService } from "../service.js";
import { PLAIN, renderPlain, type TextStyle } from "../render-plain.js";
import { buttonLine, choicesOf, readPress, type ButtonChoices } from "./buttons.js";

const ANSI: TextStyle = {
  answer: (t) => `\x1b[1m${t}\x1b[0m`,
  mark: (t) => `\x1b[1m${t}\x1b[22m`,
  dim: (t) => `\x1b[2m${t}\x1b[0m`,
  title: (t) => `\x1b[36m${t}\x1b[0m`,
};

/**
 * The console chat. On a terminal it prompts and colours; piped, it answers each stdin line and
 * ends at end of input. A reply's buttons are listed under it, and "#N" presses button N of the last
 * reply. A line starting with "^" replies to the last answer (a follow-up, as a reply on a chat
 * platform). `/quit` or Ctrl-D leaves.
 */
export function startConsole(bot: Bot, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): RunningService & { done: Promise<void> } {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY) && Boolean((output as { isTTY?: boolean }).isTTY);
  const style = interactive ? ANSI : PLAIN;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  const write = (text: string) => output.write(`${text}\n`);
  let last: ButtonChoices = { buttons: [], lang: "id" };
  let lastText = "";
  const show = (reply: Reply) => {
    last = choicesOf(reply);
    lastText = renderPlain(reply);
    write([renderPlain(reply, style), buttonLine(last, style)].filter((s) => s !== "").join("\n"));
  };
  if (interactive) {
    show(bot.handle(message("/start")));
    rl.setPrompt("? ");
    rl.prompt();
  }
  rl.on("line", (line) => {
    if (line.trim() === "/quit" || line.trim() === "/exit") return rl.close();
    const press = readPress(line, last);
    if (press && "button" in press) show(bot.handle(message("", press.button.action)));
    else if (press) write(style.dim(press.notice));
    else if (line.trim().startsWith("^")) show(bot.handle({ ...message(line.trim().slice(1)), replyTo: { text: lastText } }));
    else if (line.trim() !== "") show(bot.handle(message(line)));
    if (interactive) rl.prompt();
  });
  const done = new Promise<void>((resolve) => rl.on("close", resolve));
  return { name: "console", done, failed: new Promise<Error>(() => undefined), stop: async () => rl.close() };
}

// A button press carries no text, as on Telegram: the action alone says what was asked for.
function message(text: string, action?: string): Incoming {
  return { text, ...(action === undefined ? {} : { action }), chat: { id: "console", kind: "console" }, from: { id: "console" } };
}
