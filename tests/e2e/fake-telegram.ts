/**
 * A fake Telegram Bot API server on loopback, for end-to-end tests with the real grammY client.
 * It keeps updates the way Telegram does (confirmed by a later getUpdates offset, long polling),
 * checks what Telegram checks (HTML entities, 4096 characters, 64-byte callback data, lone
 * surrogates), records every call, and can be told to fail: 429 with retry_after, 500, or a dropped
 * connection; another instance taking the updates over (409); a revoked token (401). A failed call
 * never takes effect, as with Telegram when it refuses a request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Message, MessageEntity, Update, User, UserFromGetMe } from "grammy/types";

export type Fault = "429" | "500" | "drop" | "hang";
type Payload = Record<string, unknown>;

export interface Call {
  readonly method: string;
  readonly payload: Payload;
}

export interface FakeOptions {
  /** Keep every call in `calls` (off for benchmarks: only `counts` then). */
  readonly record?: boolean;
  /** The bot's username. */
  readonly username?: string;
}

const CONFLICT = { ok: false, error_code: 409, description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" };
const ALLOWED_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span"]);

export class FakeTelegram {
  readonly token = "123456789:AAHfakeTokenForTestsOnly_abcdefghijkl";
  readonly me: UserFromGetMe;
  readonly calls: Call[] = [];
  readonly counts = new Map<string, number>();
  /** Decides a fault for the n-th call (1-based) of a method; null answers normally. */
  fault: (method: string, n: number) => Fault | null = () => null;
  /** retry_after sent with a 429, in seconds. */
  retryAfter = 1;
  /** When true, getUpdates answers 409 as if another instance were polling. */
  conflict = false;
  /** When true, every call answers 401, as after the token was revoked in @BotFather. */
  revoked = false;
  /** Set by setWebhook. */
  webhook: { url: string; secret?: string } | null = null;

  private updates: Update[] = [];
  private nextUpdateId = 1000;
  private nextMessageId = 1;
  private readonly chats = new Map<number, Message["chat"]>();
  private pollers = new Set<() => void>();
  private readonly record: boolean;
  private readonly sentIds = new WeakMap<Payload, number>();

  private constructor(private readonly server: Server, options: FakeOptions) {
    this.record = options.record ?? true;
    this.me = {
      id: 999_000, is_bot: true, first_name: "Tanya Artikel", username: options.username ?? "ThisBot",
      can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true,
      can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false,
    } as UserFromGetMe;
    server.on("request", (req, res) => void this.serve(req, res));
  }

  static async start(options: FakeOptions = {}): Promise<FakeTelegram> {
    const server = createServer();
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return new FakeTelegram(server, options);
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const wake of this.pollers) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Another instance starts polling (409 from now on), or the token is revoked (401): like Telegram,
   * the getUpdates waiting now is answered at once with that error.
   */
  takeOver(cause: "409" | "401" = "409"): void {
    if (cause === "409") this.conflict = true;
    else this.revoked = true;
    for (const wake of [...this.pollers]) wake();
  }

  /** Queues an update (update_id assigned) and returns it. */
  push(update: Omit<Update, "update_id">): Update {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    this.updates.push(full);
    for (const wake of [...this.pollers]) wake();
    return full;
  }

  /** An update that is not queued (for posting to a webhook). */
  makeUpdate(update: Omit<Update, "update_id">): Update {
    return { update_id: this.nextUpdateId++, ...update } as Update;
  }

  /** Calls of one method. */
  sent(method = "sendMessage"): Payload[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.payload);
  }

  /** sendMessage calls that reply to the given message. */
  repliesTo(messageId: number): Payload[] {
    return this.sent().filter((p) => (p.reply_parameters as { message_id?: number } | undefined)?.message_id === messageId);
  }

  /** Waits until `check` holds, polling; fails with the calls so far. */
  async waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}; calls: ${this.calls.map((c) => c.method).join(", ")}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Updates not yet confirmed by a getUpdates offset. */
  get pending(): number {
    return this.updates.length;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const body = await readBody(req);
    if (!match) return reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== this.token || this.revoked) return reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    const n = (this.counts.get(method) ?? 0) + 1;
    this.counts.set(method, n);
    const fault = this.fault(method, n);
    if (fault === "drop") return void req.socket.destroy();
    if (fault === "hang") return; // accepted, never answered (close() ends it)
    if (fault === "500") return reply(res, 500, { ok: false, error_code: 500, description: "Internal Server Error" });
    if (fault === "429") {
      const retry_after = this.retryAfter;
      return reply(res, 429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retry_after}`, parameters: { retry_after } });
    }
    const payload = body === "" ? {} : (JSON.parse(body) as Payload);
    if (method === "getUpdates") return this.getUpdates(payload, req, res);
    const result = this.answer(method, payload);
    if ("error" in result) return reply(res, 400, { ok: false, error_code: 400, description: result.error });
    if (this.record) this.calls.push({ method, payload });
    reply(res, 200, { ok: true, result: result.value });
  }

  private answer(method: string, payload: Payload): { value: unknown } | { error: string } {
    switch (method) {
      case "getMe":
        return { value: this.me };
      case "sendMessage":
        return this.sendMessage(payload);
      case "editMessageText": {
        const text = String(payload.text ?? "");
        const problem = payload.parse_mode === "HTML" ? checkHtml(text) : checkPlain(text);
        return problem ? { error: `Bad Request: ${problem}` } : { value: true };
      }
      case "setWebhook":
        this.webhook = { url: String(payload.url), secret: payload.secret_token as string | undefined };
        return { value: true };
      case "deleteWebhook":
        this.webhook = null;
        return { value: true };
      case "answerCallbackQuery": {
        const text = payload.text as string | undefined;
        return text !== undefined && [...text].length > 200 ? { error: "Bad Request: MESSAGE_TOO_LONG" } : { value: true };
      }
      case "answerInlineQuery":
        return (payload.results as unknown[]).length > 50 ? { error: "Bad Request: RESULTS_TOO_MUCH" } : { value: true };
      case "setMyCommands":
      case "sendChatAction":
        return { value: true };
      default:
        return { error: `Bad Request: method ${method} not faked` };
    }
  }

  private sendMessage(payload: Payload): { value: Message } | { error: string } {
    const text = String(payload.text ?? "");
    const problem = payload.parse_mode === "HTML" ? checkHtml(text) : checkPlain(text);
    if (problem) return { error: `Bad Request: ${problem}` };
    for (const row of ((payload.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> })?.inline_keyboard ?? [])) {
      for (const key of row) if (Buffer.byteLength(key.callback_data ?? "") > 64) return { error: "Bad Request: BUTTON_DATA_INVALID" };
    }
    const chatId = Number(payload.chat_id);
    const chat = this.chats.get(chatId) ?? ({ id: chatId, type: "private", first_name: "Someone" } as Message["chat"]);
    const message_id = this.nextMessageId++;
    this.sentIds.set(payload, message_id);
    return { value: { message_id, date: now(), chat, from: this.me, text } as Message };
  }

  private getUpdates(payload: Payload, req: IncomingMessage, res: ServerResponse): void {
    if (this.conflict) return reply(res, 409, CONFLICT);
    if (this.record) this.calls.push({ method: "getUpdates", payload });
    const offset = Number(payload.offset ?? 0);
    // Like Telegram: an offset confirms every update before it, for good.
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset);
    const limit = Number(payload.limit ?? 100);
    const timeout = Number(payload.timeout ?? 0);
    const answer = () => {
      this.pollers.delete(wake);
      clearTimeout(timer);
      if (res.destroyed) return;
      if (this.revoked) return reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      if (this.conflict) return reply(res, 409, CONFLICT);
      reply(res, 200, { ok: true, result: this.updates.slice(0, limit) });
    };
    const wake = () => answer();
    const timer = setTimeout(answer, timeout * 1000);
    if (this.updates.length > 0 || timeout === 0) return answer();
    this.pollers.add(wake);
    req.on("close", () => {
      this.pollers.delete(wake);
      clearTimeout(timer);
    });
  }

  // ---- builders for updates, the way Telegram writes them ----

  user(id: number, language_code = "id", first_name = `User${id}`): User {
    return { id, is_bot: false, first_name, language_code };
  }

  /** A text message in a private chat (chat id = user id) or a group (negative chat id). */
  message(from: User, text: string, where: { group?: number; replyTo?: Message } = {}): Update {
    const chat = (where.group !== undefined
      ? { id: where.group, type: "supergroup", title: "Test group" }
      : { id: from.id, type: "private", first_name: from.first_name }) as Message["chat"];
    this.chats.set(chat.id, chat);
    const message = {
      message_id: this.nextMessageId++, date: now(), chat, from, text, entities: entitiesOf(text),
      ...(where.replyTo ? { reply_to_message: where.replyTo } : {}),
    } as Message;
    return this.push({ message } as Omit<Update, "update_id">);
  }

  /** A press of a button under a message the bot sent: the message as Telegram gives it back (plain text, its id and keyboard). */
  press(from: User, data: string, sent: Payload): Update {
    const chat = this.chats.get(Number(sent.chat_id)) ?? { id: Number(sent.chat_id), type: "private", first_name: from.first_name };
    const message = this.sentAsMessage(sent, chat as Message["chat"]);
    return this.push({ callback_query: { id: `cb${this.nextUpdateId}`, from, chat_instance: "ci", data, message } });
  }

  /** A message the bot sent (a sendMessage payload), as Telegram quotes it back: plain text, no tags. */
  sentAsMessage(sent: Payload, chat?: Message["chat"]): Message {
    const at = chat ?? this.chats.get(Number(sent.chat_id)) ?? ({ id: Number(sent.chat_id), type: "private", first_name: "Someone" } as Message["chat"]);
    const text = String(sent.text ?? "").replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    const id = this.sentIds.get(sent) ?? this.nextMessageId++;
    return { message_id: id, date: now(), chat: at, from: this.me, text, ...(sent.reply_markup ? { reply_markup: sent.reply_markup } : {}) } as Message;
  }

  /** The bot added to a group by `by`, as Telegram reports it (my_chat_member). */
  added(by: User, group: number): Update {
    const chat = { id: group, type: "supergroup", title: "Test group" } as Message["chat"];
    this.chats.set(group, chat);
    const member = (status: string) => ({ user: this.me, status });
    return this.push({ my_chat_member: { chat, from: by, date: now(), old_chat_member: member("left"), new_chat_member: member("member") } } as unknown as Omit<Update, "update_id">);
  }

  inline(from: User, query: string): Update {
    return this.push({ inline_query: { id: `iq${this.nextUpdateId}`, from, query, offset: "", chat_type: "supergroup" } });
  }

  /** A message the bot sent, as Telegram would quote it in reply_to_message. */
  botMessage(chatId: number, text: string): Message {
    const chat = this.chats.get(chatId) ?? ({ id: chatId, type: "private", first_name: "Someone" } as Message["chat"]);
    return { message_id: this.nextMessageId++, date: now(), chat, from: this.me, text } as Message;
  }
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

// What Telegram marks in a text: a command at the start and @mentions.
function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<![\w/@])@[A-Za-z0-9_]{5,32}/g)) entities.push({ type: "mention", offset: m.index, length: m[0].length });
  return entities;
}

function checkPlain(text: string): string | null {
  if (text.trim() === "") return "message text is empty";
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) return "text must be encoded in UTF-8";
  return text.length > 4096 ? "message is too long" : null;
}

/** Telegram's HTML rules: known tags, properly nested, only four named entities; the rest escaped. */
export function checkHtml(html: string): string | null {
  const stack: string[] = [];
  let visible = "";
  for (let i = 0; i < html.length; ) {
    const rest = html.slice(i, i + 300);
    if (html[i] === "<") {
      const tag = /^<(\/?)([a-zA-Z-]+)(\s[^<>]*)?>/.exec(rest);
      if (!tag) return `can't parse entities: unexpected "<" at byte offset ${i}`;
      const name = tag[2]!.toLowerCase();
      if (!ALLOWED_TAGS.has(name)) return `can't parse entities: unsupported start tag "${name}" at byte offset ${i}`;
      if (tag[1] === "/") {
        if (stack.pop() !== name) return `can't parse entities: can't find end tag corresponding to start tag "${name}"`;
      } else stack.push(name);
      i += tag[0].length;
    } else if (html[i] === "&") {
      const entity = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/.exec(rest);
      if (!entity) return `can't parse entities: unexpected "&" at byte offset ${i}`;
      visible += "x";
      i += entity[0].length;
    } else if (html[i] === ">") {
      return `can't parse entities: unexpected ">" at byte offset ${i}`;
    } else {
      visible += html[i];
      i++;
    }
  }
  if (stack.length > 0) return `can't parse entities: unclosed start tag "${stack.at(-1)}"`;
  return checkPlain(visible);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(""));
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
