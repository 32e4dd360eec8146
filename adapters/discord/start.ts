/**
 * Starts the Discord client: wires the handlers, logs in, and waits until the gateway is ready.
 * Slash commands and mentions need no privileged intent; Message Content is deliberately not asked
 * for (Discord still sends the text of messages that mention the bot, and of direct messages).
 * Once running, a shard that Discord closes for good (token reset, invalid session that cannot
 * identify again, sharding or intents refused) resolves the service's `failed`.
 */
import { Client, Events, GatewayCloseCodes, GatewayIntentBits, Partials } from "discord.js";
import type { Bot } from "../../src/index.js";
import type { Logger } from "../logger.js";
import { failureSignal, StartupError, type RunningService } from "../service.js";
import { createHandlers, type HandlerOptions } from "./handlers.js";
import type { DiscordSettings } from "./settings.js";

export interface StartOptions extends HandlerOptions {
  /** How long to wait for the gateway's READY before giving up. */
  readonly readyTimeoutMs?: number;
}

// Discord answers within seconds; a minute covers a slow network without hanging start-up forever.
const READY_TIMEOUT_MS = 60_000;

/** A client configured for this bot: few intents, DMs as partial channels, no pings ever. */
export function createClient(settings: Pick<DiscordSettings, "apiUrl">): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // Direct-message channels are not cached until used; without this their messages are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(settings.apiUrl && { rest: { api: settings.apiUrl } }),
  });
}

/** Connects to Discord and serves until `stop()`. Throws StartupError (one line, no secret) on failure. */
export async function startDiscord(bot: Bot, settings: DiscordSettings, log: Logger, options: StartOptions = {}): Promise<RunningService> {
  const client = createClient(settings);
  const handlers = createHandlers(bot, log, options);
  client.on(Events.InteractionCreate, (interaction) => void handlers.onInteraction(interaction));
  client.on(Events.MessageCreate, (message) => void handlers.onMessage(message, client.user?.id ?? ""));
  client.on(Events.GuildCreate, (guild) => void handlers.onGuildCreate(guild));
  client.on(Events.Error, (error) => log.error("discord: client error", error));
  client.on(Events.ShardError, (error, shard) => log.error(`discord: shard ${shard} connection error`, error));
  client.on(Events.ShardReconnecting, (shard) => log.warn(`discord: shard ${shard} reconnecting`));
  const { failed, fail } = failureSignal();
  let stopping = false;
  // discord.js emits ShardDisconnect only for close codes it will not recover from; everything else
  // (network errors, resumable closes, invalid sessions it can identify again) it retries itself.
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (!stopping) fail(disconnectError(event.code, shard));
  });
  try {
    await connect(client, settings.token, options.readyTimeoutMs ?? READY_TIMEOUT_MS);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw startupError(error);
  }
  log.info(`discord: connected as ${client.user?.tag ?? "?"} (shards ${client.ws.shards.map((s) => s.id).join(",")}; ${client.guilds.cache.size} servers)`);
  return {
    name: "Discord",
    failed,
    stop: async () => {
      stopping = true;
      await client.destroy();
    },
  };
}

// login() resolves once the sockets are open; READY (with the servers) may come after, so wait for it.
async function connect(client: Client, token: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the gateway was not ready within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  try {
    await Promise.race([client.login(token).then(() => ready), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function startupError(error: unknown): StartupError {
  const code = (error as { code?: unknown }).code;
  if (code === "TokenInvalid") {
    return new StartupError("Discord refused DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (Bot > Reset Token).");
  }
  if (code === "DisallowedIntents") {
    return new StartupError("Discord refused the gateway intents: this bot needs none of the privileged ones; check the application's settings.");
  }
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new StartupError(`Could not connect to Discord: ${reason}`);
}

/** Why a running shard was closed for good, for the operator. */
function disconnectError(code: number, shard: number): StartupError {
  if (code === GatewayCloseCodes.AuthenticationFailed) {
    return new StartupError("Discord no longer accepts DISCORD_TOKEN (gateway close 4004, authentication failed): it was reset or revoked; copy the new token from the Developer Portal (Bot > Reset Token).");
  }
  if (code === GatewayCloseCodes.DisallowedIntents || code === GatewayCloseCodes.InvalidIntents) {
    return new StartupError(`Discord refused the gateway intents (close ${code}): this bot needs none of the privileged ones; check the application's settings.`);
  }
  if (code === GatewayCloseCodes.ShardingRequired || code === GatewayCloseCodes.InvalidShard) {
    return new StartupError(`Discord closed shard ${shard} (close ${code}): too many servers for this shard count; run npm run start:sharded with DISCORD_SHARDS=auto.`);
  }
  return new StartupError(`Discord closed shard ${shard} for good (gateway close ${code}); start the bot again.`);
}
