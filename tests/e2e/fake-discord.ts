/**
 * A fake Discord on loopback for end-to-end tests with the real discord.js client: a REST API
 * (only the routes this bot uses) whose `GET /gateway/bot` points at a gateway WebSocket on the same
 * port that speaks enough of the protocol (HELLO, IDENTIFY, READY, heartbeats, RESUME, dispatches).
 * It records every call, can answer with faults (429 with retry_after, 500, 400), drop a gateway
 * connection, revoke the token, and tells the first accepted response to each interaction from any
 * later one (40060).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export const IDS = Object.freeze({
  application: "1100000000000000001",
  bot: "1100000000000000001",
  guild: "1200000000000000002",
  channel: "1300000000000000003",
  role: "1400000000000000004",
});
export const BOT_USER = Object.freeze({ id: IDS.bot, username: "tanya-artikel", discriminator: "0", global_name: null, avatar: null, bot: true });

export interface Call {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly status: number;
  /** For interaction callbacks, webhook edits and follow-ups: the interaction they answer. */
  readonly interaction?: string;
}

export interface Fault {
  readonly method: string;
  readonly path: RegExp;
  readonly status: 400 | 429 | 500;
  times: number;
  /** Seconds, for 429. */
  readonly retryAfter?: number;
}

interface Session {
  readonly id: string;
  readonly shard: readonly [number, number];
  socket: WebSocket | null;
  seq: number;
  readonly log: { s: number; text: string }[];
}

const EPOCH = 1_420_070_400_000n;
let counter = 0n;

/** A snowflake for an object created `ageMs` ago. */
export function snowflake(ageMs = 0): string {
  counter = (counter + 1n) & 0xfffn;
  return (((BigInt(Date.now() - ageMs) - EPOCH) << 22n) | counter).toString();
}

export class FakeDiscord {
  readonly calls: Call[] = [];
  readonly faults: Fault[] = [];
  readonly sessions = new Map<number, Session>();
  readonly gatewayEvents: { op: number; shard?: readonly [number, number] }[] = [];
  /** Close codes of gateway connections the client closed (1000: a clean destroy). */
  readonly closeCodes: number[] = [];
  private readonly tokens = new Map<string, string>();
  private revoked = false;
  private readonly acknowledged = new Set<string>();
  /** Messages the bot created, by id, for GET (a reply's reference is fetched). */
  readonly messages = new Map<string, Record<string, unknown>>();
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private port = 0;

  private constructor(readonly token: string, readonly shardCount: number) {
    this.http = createServer((req, res) => void this.route(req, res));
    this.wss = new WebSocketServer({ server: this.http });
    this.wss.on("connection", (socket) => this.open(socket));
  }

  static async start(token: string, shardCount = 1): Promise<FakeDiscord> {
    const fake = new FakeDiscord(token, shardCount);
    await new Promise<void>((resolve) => fake.http.listen(0, "127.0.0.1", resolve));
    fake.port = (fake.http.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** Answer the next `times` matching calls with `status`. */
  fail(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Calls Discord accepted (2xx) for this interaction: callbacks, edits and follow-ups. */
  answers(interaction: string): Call[] {
    return this.calls.filter((c) => c.interaction === interaction && c.status < 300);
  }

  /** Accepted interaction callbacks (the first response) for this interaction. */
  callbacks(interaction: string): Call[] {
    return this.answers(interaction).filter((c) => c.path.endsWith("/callback"));
  }

  // ---- gateway ----

  /** Sends a dispatch to one shard; while it is disconnected the event waits for its RESUME. */
  dispatch(t: string, d: unknown, shard = 0): void {
    const session = this.sessions.get(shard);
    if (!session) throw new Error(`shard ${shard} has not identified`);
    session.seq += 1;
    const text = JSON.stringify({ op: 0, t, s: session.seq, d });
    session.log.push({ s: session.seq, text });
    if (session.socket?.readyState === 1) session.socket.send(text);
  }

  /** Cuts shard's connection without a close frame, as a network failure would. */
  drop(shard = 0): void {
    const session = this.sessions.get(shard);
    session?.socket?.terminate();
    if (session) session.socket = null;
  }

  /**
   * The token is reset in the Developer Portal: like Discord, every live session is invalidated (op 9,
   * not resumable), identifying again fails with close code 4004, and REST answers 401.
   */
  revoke(): void {
    this.revoked = true;
    for (const session of this.sessions.values()) session.socket?.send(JSON.stringify({ op: 9, s: null, t: null, d: false }));
  }

  private open(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: 41_250 } }));
    socket.on("close", (code) => this.closeCodes.push(code));
    socket.on("message", (raw) => this.receive(socket, JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> }));
  }

  private receive(socket: WebSocket, packet: { op: number; d: Record<string, unknown> }): void {
    const shard = packet.d?.shard as [number, number] | undefined;
    this.gatewayEvents.push({ op: packet.op, ...(shard && { shard }) });
    if (packet.op === 1) socket.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
    if (packet.op === 2) this.identify(socket, packet.d);
    if (packet.op === 6) this.resume(socket, packet.d);
  }

  private identify(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.token || this.revoked) return void socket.close(4004, "Authentication failed.");
    const shard = (d.shard as [number, number] | undefined) ?? [0, 1];
    const session: Session = { id: `session-${shard[0]}-${Date.now()}`, shard, socket, seq: 0, log: [] };
    this.sessions.set(shard[0], session);
    const guilds = shard[0] === guildShard(shard[1]) ? [{ id: IDS.guild, unavailable: true }] : [];
    this.dispatch("READY", {
      v: 10,
      user: BOT_USER,
      guilds,
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: IDS.application, flags: 0 },
    }, shard[0]);
    if (guilds.length > 0) this.dispatch("GUILD_CREATE", guildPayload(), shard[0]);
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    const session = [...this.sessions.values()].find((s) => s.id === d.session_id);
    if (!session || d.token !== this.token || this.revoked) return void socket.send(JSON.stringify({ op: 9, s: null, t: null, d: false }));
    session.socket = socket;
    for (const event of session.log) if (event.s > Number(d.seq ?? 0)) socket.send(event.text);
    session.seq += 1;
    const text = JSON.stringify({ op: 0, t: "RESUMED", s: session.seq, d: {} });
    session.log.push({ s: session.seq, text });
    socket.send(text);
  }

  // ---- REST ----

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, "");
    const method = req.method ?? "GET";
    const interaction = this.interactionOf(path);
    const answer = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      this.calls.push({ method, path, body, status, ...(interaction && { interaction }) });
      res.writeHead(status, { ...(payload !== undefined && { "content-type": "application/json" }), ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(path));
    if (fault) {
      fault.times -= 1;
      if (fault.status === 429) {
        const after = fault.retryAfter ?? 0.05;
        return answer(429, { message: "You are being rate limited.", retry_after: after, global: false }, { "retry-after": String(after), "x-ratelimit-scope": "user" });
      }
      return answer(fault.status, { message: fault.status === 500 ? "500: Internal Server Error" : "Invalid Form Body", code: fault.status === 500 ? 0 : 50035 });
    }
    const needsAuth = !path.startsWith("/interactions/") && !path.startsWith("/webhooks/");
    if (needsAuth && (req.headers.authorization !== `Bot ${this.token}` || this.revoked)) return answer(401, { message: "401: Unauthorized", code: 0 });
    return this.serve(method, path, body, answer);
  }

  private serve(method: string, path: string, body: unknown, answer: (status: number, payload?: unknown) => void): void {
    if (method === "GET" && path === "/gateway/bot") {
      const limit = { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 };
      return answer(200, { url: this.gatewayUrl, shards: this.shardCount, session_start_limit: limit });
    }
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === "POST" && callback) {
      if (this.acknowledged.has(callback[1]!)) return answer(400, { message: "Interaction has already been acknowledged.", code: 40060 });
      this.acknowledged.add(callback[1]!);
      return answer(204);
    }
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path) && (method === "POST" || method === "PATCH")) {
      return answer(200, this.stored(messagePayload(IDS.channel, body)));
    }
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === "POST" && channel) return answer(200, this.stored(messagePayload(channel[1]!, body)));
    const one = /^\/channels\/\d+\/messages\/(\d+)$/.exec(path);
    if (method === "GET" && one) return this.messages.has(one[1]!) ? answer(200, this.messages.get(one[1]!)) : answer(404, { message: "Unknown Message", code: 10008 });
    if (method === "POST" && /^\/channels\/\d+\/typing$/.test(path)) return answer(204);
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      if (method === "PUT") return answer(200, (body as object[]).map((c) => ({ ...c, id: snowflake(), application_id: IDS.application, version: "1" })));
      if (method === "GET") return answer(200, this.registered(path));
    }
    answer(404, { message: "404: Not Found", code: 0 });
  }

  private stored(message: Record<string, unknown>): Record<string, unknown> {
    this.messages.set(String(message.id), message);
    return message;
  }

  /** The bot is added to another server (GUILD_CREATE after READY), with a system channel. */
  addGuild(guild: string, channel: string, shard = 0): void {
    const base = guildPayload() as Record<string, unknown>;
    const channels = [{ id: channel, type: 0, name: "umum", position: 0, guild_id: guild, permission_overwrites: [] }];
    const roles = [{ id: guild, name: "@everyone", permissions: "3072", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }];
    this.dispatch("GUILD_CREATE", { ...base, id: guild, name: "Server Baru", system_channel_id: channel, channels, roles, owner_id: IDS.bot }, shard);
  }

  private registered(path: string): unknown[] {
    const last = [...this.calls].reverse().find((c) => c.method === "PUT" && c.path === path && c.status === 200);
    return (last?.body as unknown[] | undefined) ?? [];
  }

  private interactionOf(path: string): string | undefined {
    const callback = /^\/interactions\/(\d+)\//.exec(path);
    if (callback) return callback[1];
    const webhook = /^\/webhooks\/\d+\/([^/]+)/.exec(path);
    return webhook ? this.tokens.get(webhook[1]!) : undefined;
  }

  /** Remembers an interaction's token so its webhook calls are attributed to it. */
  registerToken(interaction: string, token: string): void {
    this.tokens.set(token, interaction);
  }
}

/** The shard that holds the test guild: (guild_id >> 22) % shard count, as Discord computes it. */
export function guildShard(shardCount: number): number {
  return Number((BigInt(IDS.guild) >> 22n) % BigInt(shardCount));
}

function guildPayload(): unknown {
  return {
    id: IDS.guild,
    name: "Ruang Uji",
    icon: null,
    owner_id: "1500000000000000005",
    unavailable: false,
    member_count: 3,
    large: false,
    joined_at: new Date().toISOString(),
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      { id: IDS.guild, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      { id: IDS.role, name: "moderator", permissions: "0", position: 1, color: 0, hoist: false, managed: false, mentionable: true, flags: 0 },
    ],
    channels: [{ id: IDS.channel, type: 0, name: "umum", position: 0, guild_id: IDS.guild, permission_overwrites: [] }],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
  };
}

/**
 * A message object shaped like Discord's: by `author`, sent `ageMs` ago, plain (no mentions, embeds
 * or components), with `fields` replacing any of that. Every message the fakes show the client, sent
 * by a person or by the bot, is built here.
 */
export function messageObject(author: object, fields: Readonly<Record<string, unknown>> = {}, ageMs = 0): Record<string, unknown> {
  return {
    id: fields.id ?? snowflake(ageMs),
    author,
    content: "",
    timestamp: new Date(Date.now() - ageMs).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...fields,
  };
}

// What the REST API answers when the bot creates a message: the message as Discord stored it.
function messagePayload(channelId: string, body: unknown): Record<string, unknown> {
  const sent = (body ?? {}) as Record<string, unknown>;
  return messageObject(BOT_USER, {
    channel_id: channelId,
    content: sent.content ?? "",
    embeds: sent.embeds ?? [],
    components: sent.components ?? [],
    flags: sent.flags ?? 0,
  });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
