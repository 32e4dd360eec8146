import { describe, expect, it } from "vitest";
import { discordSettings } from "../../adapters/discord/settings.js";
import { ConfigError, readSettings } from "../../adapters/config.js";

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.abcdef.0123456789abcdefghijklmnop";

describe("discordSettings", () => {
  it("reads the application, guild, API override and shards", () => {
    const problems: string[] = [];
    const env = { DISCORD_APPLICATION_ID: "1100000000000000001", DISCORD_GUILD_ID: " 1200000000000000002 ", DISCORD_API_URL: "http://127.0.0.1:4000/api/", DISCORD_SHARDS: "2" };
    expect(discordSettings(env, TOKEN, problems)).toEqual({
      token: TOKEN,
      applicationId: "1100000000000000001",
      guildId: "1200000000000000002",
      apiUrl: "http://127.0.0.1:4000/api",
      shards: 2,
    });
    expect(problems).toEqual([]);
  });

  it("defaults to no guild, the real API and Discord's recommended shards", () => {
    expect(discordSettings({}, TOKEN, [])).toEqual({ token: TOKEN, applicationId: null, guildId: null, apiUrl: null, shards: "auto" });
  });

  it("names every malformed variable, never its value", () => {
    const problems: string[] = [];
    discordSettings({ DISCORD_APPLICATION_ID: "my-app", DISCORD_GUILD_ID: "12", DISCORD_API_URL: "localhost", DISCORD_SHARDS: "0" }, TOKEN, problems);
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/DISCORD_APPLICATION_ID[\s\S]*DISCORD_GUILD_ID[\s\S]*DISCORD_API_URL[\s\S]*DISCORD_SHARDS/);
    expect(problems.join("\n")).not.toContain("my-app");
  });

  it("is part of the settings exactly when DISCORD_TOKEN is set", () => {
    expect(readSettings({ DISCORD_TOKEN: TOKEN }, []).discord?.token).toBe(TOKEN);
    expect(readSettings({}, []).discord).toBeNull();
    expect(() => readSettings({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: "x" }, [])).toThrow(ConfigError);
  });
});
