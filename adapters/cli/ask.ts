import { parseMessage, type Answer, type Bot, type Reply } from "../../src/index.js";
import { renderPlain } from "../render-plain.js";
import { CORPUS_OPTION, loadBot, parseCli, UsageError } from "./common.js";
import type { CliIo } from "./io.js";

const ASK_OPTIONS = { ...CORPUS_OPTION, json: { type: "boolean" }, jsonl: { type: "boolean" } } as const;

/** `ask "QUESTION" [--json]` or `ask --jsonl` (one question per stdin line, one JSON line out). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCli("ask", argv, ASK_OPTIONS, true);
  const { bot } = loadBot(values.corpus);
  if (values.jsonl) return askEachLine(bot, io);
  const question = positionals.join(" ").trim();
  if (question === "") throw new UsageError("ask needs a question, or --jsonl to read questions from stdin.");
  const { answer, reply } = answerOf(bot, question);
  io.stdout(values.json ? JSON.stringify(toJson(answer, reply)) : renderPlain(reply));
  return 0;
}

// A question is retrieved once, "/ask Q" as Q; another command ("/help") keeps the reply the chat would give.
function answerOf(bot: Bot, line: string): { answer: Answer; reply: Reply } {
  if (!line.trim().startsWith("/")) return bot.answer(line);
  const { name, args } = parseMessage(line);
  if (name === "ask" && args !== "") return bot.answer(args);
  return { answer: bot.ask(line), reply: bot.handle({ text: line, chat: { id: "cli", kind: "console" }, from: { id: "cli" } }) };
}

async function askEachLine(bot: Bot, io: CliIo): Promise<number> {
  for await (const line of io.stdin) {
    const { answer, reply } = answerOf(bot, line);
    await io.stdout(JSON.stringify(toJson(answer, reply)));
  }
  return 0;
}

/** The JSON contract: question, answered, confidence, answer, context, alternatives, reply. */
export function toJson(answer: Answer, reply: Reply): Record<string, unknown> {
  return { ...answer, reply: renderPlain(reply) };
}
