/**
 * No container runtime here: this keeps the Dockerfile's steps those of the production-install test
 * (which runs them), and checks the compose file's shape.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { INSTALL, PACKAGE_FILES, START } from "./recipe.js";

const ROOT = join(import.meta.dirname, "..", "..");
const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8").replace(/\\\n/g, " ");
const [build, runtime] = dockerfile.split(/^FROM /m).slice(1) as [string, string];

describe("Dockerfile", () => {
  it("builds with the production-install test's files and command", () => {
    const copied = [...build.matchAll(/^COPY (.+) \S+$/gm)].flatMap((m) => m[1]!.split(" "));
    expect(copied.sort()).toEqual([...PACKAGE_FILES].sort());
    expect(build).toContain(`RUN npm ${INSTALL.join(" ")}`);
  });

  it("runs as a non-root user from a small base, with a health check, a corpus volume and no token", () => {
    expect(runtime).toMatch(/^node:\d+-\w+-slim/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\/healthz/m);
    expect(runtime).toMatch(/^VOLUME \["\/app\/corpus"\]$/m);
    expect(runtime).toContain(`CMD ${JSON.stringify(START).replace(/,/g, ", ")}`);
    expect(dockerfile).not.toMatch(/TOKEN\s*=|ARG .*TOKEN/);
  });
});

describe("compose.yaml", () => {
  it("has the bot (two workers on Redis, tokens from the environment), Redis and a TLS proxy", () => {
    const compose = parse(readFileSync(join(ROOT, "compose.yaml"), "utf8")) as { services: Record<string, Record<string, unknown>> };
    expect(Object.keys(compose.services).sort()).toEqual(["bot", "proxy", "redis"]);
    const bot = compose.services.bot!;
    const env = bot.environment as Record<string, string>;
    expect(env.REDIS_URL).toBe("redis://redis:6379");
    expect(env.TELEGRAM_BOT_TOKEN).toMatch(/^\$\{TELEGRAM_BOT_TOKEN:\?/);
    expect(env.HTTP_PORT).toBe("9090");
    expect((bot.deploy as { replicas: number }).replicas).toBeGreaterThanOrEqual(2);
    expect(bot.volumes).toContain("./corpus:/app/corpus:ro");
    expect(compose.services.proxy!.ports).toContain("443:443");
    expect(readFileSync(join(ROOT, "deploy", "Caddyfile"), "utf8")).toMatch(/handle \/telegram \{\s*reverse_proxy bot:8080/);
  });
});
