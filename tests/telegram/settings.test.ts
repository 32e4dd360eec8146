import { describe, expect, it } from "vitest";
import { readTelegramSettings } from "../../adapters/telegram/settings.js";
import { readSettings, ConfigError } from "../../adapters/config.js";

const TOKEN = "123456789:AAHabcdefghijklmnopqrstuvwxyz012345";

describe("readTelegramSettings", () => {
  it("is off without a token, and polls the official API by default", () => {
    expect(readTelegramSettings({})).toEqual({ settings: null, problems: [] });
    const { settings } = readTelegramSettings({ TELEGRAM_BOT_TOKEN: ` ${TOKEN} ` });
    expect(settings).toMatchObject({ token: TOKEN, apiRoot: "https://api.telegram.org", webhook: null });
    expect(settings?.rateLimit).toEqual({ limit: 5, windowMs: 30_000 });
  });

  it("reads a self-hosted API root and the webhook variables", () => {
    const { settings, problems } = readTelegramSettings({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.org/tg/hook",
      TELEGRAM_WEBHOOK_PORT: "8443",
      TELEGRAM_WEBHOOK_SECRET: "a-Secret_1",
    });
    expect(problems).toEqual([]);
    expect(settings?.apiRoot).toBe("http://127.0.0.1:8081");
    expect(settings?.webhook).toEqual({ url: "https://bot.example.org/tg/hook", path: "/tg/hook", port: 8443, host: "0.0.0.0", secret: "a-Secret_1", maxBodyBytes: 1_000_000, shutdownGraceMs: 5_000 });
  });

  it("names every malformed variable at once, never its value", () => {
    const { settings, problems } = readTelegramSettings({
      TELEGRAM_BOT_TOKEN: '"not a token"',
      TELEGRAM_API_ROOT: "ftp://example",
      TELEGRAM_WEBHOOK_URL: "http://bot.example.org/hook",
      TELEGRAM_WEBHOOK_PORT: "80000",
      TELEGRAM_WEBHOOK_SECRET: "has spaces!",
    });
    expect(settings).toBeNull();
    expect(problems).toEqual([
      "TELEGRAM_BOT_TOKEN does not look like a token (check for quotes or spaces).",
      "TELEGRAM_API_ROOT must be an http(s) address such as https://api.telegram.org.",
      "TELEGRAM_WEBHOOK_URL must be an https:// address.",
      "TELEGRAM_WEBHOOK_PORT must be a port number (1-65535).",
      "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -.",
    ]);
  });

  it("requires the secret in webhook mode and the URL for the other webhook variables", () => {
    expect(readTelegramSettings({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: "https://x.org/h" }).problems).toEqual([
      "TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL.",
    ]);
    expect(readTelegramSettings({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: "s" }).problems).toEqual([
      "TELEGRAM_WEBHOOK_PORT and TELEGRAM_WEBHOOK_SECRET need TELEGRAM_WEBHOOK_URL.",
    ]);
  });

  it("feeds the app settings: the token and webhook secret are redacted secrets", () => {
    const settings = readSettings({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: "https://x.org/h", TELEGRAM_WEBHOOK_SECRET: "abcdef123" }, []);
    expect(settings.telegramToken).toBe(TOKEN);
    expect(settings.secrets).toEqual([TOKEN, "abcdef123"]);
    expect(() => readSettings({ TELEGRAM_BOT_TOKEN: "nope" }, [])).toThrow(ConfigError);
  });
});
