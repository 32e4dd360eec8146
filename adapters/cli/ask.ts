import type { Answer, Bot } from "../../src/index.js";
import { renderPlain } from "../console/render-plain.js";
import { loadBotFromArgs, takeFlag, UsageError } from "./common.js";
import type { CliIo } from "./io.js";

/** `ask "QUESTION" [--json]` or `ask --jsonl` (one question per stdin line, one JSON line out). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { bot, rest } = loadBotFromArgs(argv);
  const jsonl = takeFlag(rest, "--jsonl");
  const json = takeFlag(jsonl.rest, "--json");
  if (jsonl.present) return askEachLine(bot, io);
  const question = json.rest.join(" ").trim();
  if (question === "") throw new UsageError("ask needs a question, or --jsonl to read questions from stdin.");
  const answer = bot.ask(question);
  io.stdout(json.present ? JSON.stringify(toJson(bot, answer)) : renderPlain(replyFor(bot, question)));
  return 0;
}

async function askEachLine(bot: Bot, io: CliIo): Promise<number> {
  for await (const line of io.stdin) io.stdout(JSON.stringify(toJson(bot, bot.ask(line))));
  return 0;
}

function replyFor(bot: Bot, question: string) {
  return bot.handle({ text: question, chat: { id: "cli", kind: "console" }, from: { id: "cli" } });
}

/** The JSON contract: question, answered, confidence, answer, context, alternatives, reply. */
export function toJson(bot: Bot, answer: Answer): Record<string, unknown> {
  const reply = renderPlain(replyFor(bot, answer.question));
  return { ...answer, reply };
}
