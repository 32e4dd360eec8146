/**
 * `npm run start:sharded`: the Discord bot under discord.js's ShardingManager, which Discord
 * requires from 2,500 servers on. This one file is both roles: started by npm it is the manager,
 * which spawns itself once per shard (discord.js sets SHARDS and SHARD_COUNT in the child's
 * environment, and the client reads them); started so, it serves that shard. Telegram, if used,
 * runs from `npm start` in its own process (it must not run once per shard).
 */
import { fileURLToPath } from "node:url";
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from "discord.js";
import { createBot, loadCorpus } from "../../src/index.js";
import { discordFromEnv, runEntry } from "./entry.js";
import { startDiscord } from "./start.js";
import type { DiscordSettings } from "./settings.js";

// How long a shard may take to log in and become ready before the manager gives up on it.
const SHARD_READY_TIMEOUT_MS = 60_000;

async function runManager(): Promise<number> {
  const { discord, log } = discordFromEnv(false);
  const totalShards = discord.shards === "auto" ? await recommendedShards(discord) : discord.shards;
  const manager = new ShardingManager(fileURLToPath(import.meta.url), {
    token: discord.token,
    totalShards,
    shardArgs: process.argv.slice(2),
    // Each shard is this TypeScript file again, run through tsx like `npm start`.
    execArgv: ["--import", "tsx"],
  });
  manager.on("shardCreate", (shard) => log.info(`discord: shard ${shard.id} of ${totalShards} spawned`));
  const stopped = untilSignal();
  await manager.spawn({ timeout: SHARD_READY_TIMEOUT_MS });
  log.info(`discord: all ${totalShards} shards ready; Ctrl-C stops`);
  await stopped;
  log.info("discord: stopping the shards");
  for (const shard of manager.shards.values()) shard.kill();
  return 0;
}

async function runShard(): Promise<number> {
  const { discord, corpusPath, log } = discordFromEnv(false);
  const service = await startDiscord(createBot(loadCorpus(corpusPath)), discord, log);
  // The manager kills its shards on stop; a signal sent to the shard itself also ends it cleanly.
  // A shard Discord closed for good ends with its one-line reason and exit code 1 (runEntry).
  const failure = await Promise.race([untilSignal().then(() => null), service.failed]);
  await service.stop();
  if (failure) throw failure;
  return 0;
}

/** Discord's recommended shard count, from the same API the client uses. */
async function recommendedShards(discord: DiscordSettings): Promise<number> {
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

runEntry("SHARDS" in process.env ? runShard : runManager);
