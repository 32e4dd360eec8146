import type { Answer, Bot, Incoming, Reply } from "../../src/index.js";
import { renderPlain } from "../render-plain.js";
import { toJson } from "./ask.js";
import { CORPUS_OPTION, loadBot, parseCli, UsageError } from "./common.js";
import type { CliIo } from "./io.js";

/**
 * `chat --jsonl`: a conversation in one or more chats. Each stdin line is
 * `{"chat": "<id>", "text": "<message>", "reply": <boolean>}` (`reply`: the message replies to the
 * bot's last answer in that chat); each output line is what `ask --jsonl` gives, in order.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCli("chat", argv, { ...CORPUS_OPTION, jsonl: { type: "boolean" } } as const);
  if (!values.jsonl) throw new UsageError("chat reads a conversation from stdin: chat --jsonl [--corpus PATH].");
  const { bot } = loadBot(values.corpus);
  const conversation = new Conversation(bot);
  for await (const line of io.stdin) {
    if (line.trim() === "") continue;
    const message = readLine(line);
    if (typeof message === "string") {
      io.stdout(JSON.stringify({ error: message }));
      continue;
    }
    const { answer, reply } = conversation.say(message);
    io.stdout(JSON.stringify(toJson(answer, reply)));
  }
  return 0;
}

/** Chats with the bot as a platform would carry them: a reply hands back the bot's last message in its chat. */
export class Conversation {
  // The bot's last message in each chat, as the platform would give it back to a reply.
  private readonly lastSent = new Map<string, string>();

  constructor(private readonly bot: Bot) {}

  say(message: ChatLine): { answer: Answer; reply: Reply } {
    const result = turn(this.bot, message, this.lastSent.get(message.chat));
    this.lastSent.set(message.chat, renderPlain(result.reply));
    return result;
  }
}

export interface ChatLine {
  readonly chat: string;
  readonly text: string;
  readonly reply: boolean;
}

// One line of input, or why it cannot be read (the output keeps one line per input line).
function readLine(line: string): ChatLine | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not JSON: each line must be {\"chat\": \"<id>\", \"text\": \"<message>\", \"reply\": <boolean>}";
  }
  const { chat, text, reply } = (value ?? {}) as Record<string, unknown>;
  if ((typeof chat !== "string" && typeof chat !== "number") || typeof text !== "string") return "each line needs \"chat\" (a string) and \"text\" (a string)";
  return { chat: String(chat), text, reply: reply === true };
}

function turn(bot: Bot, message: ChatLine, replyTo: string | undefined): { answer: Answer; reply: Reply } {
  const incoming: Incoming = {
    text: message.text,
    chat: { id: message.chat, kind: "group" },
    from: { id: "cli" },
    ...(message.reply && replyTo !== undefined ? { replyTo: { text: replyTo } } : {}),
  };
  if (!message.text.trim().startsWith("/")) return bot.converse(incoming);
  return { answer: bot.ask(message.text), reply: bot.handle(incoming) };
}
