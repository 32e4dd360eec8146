/** Settings for running as a service: HTTP_PORT, ADMIN_IDS, REDIS_URL (each problem named, never a value). */
type Env = Readonly<Record<string, string | undefined>>;

export interface OpsSettings {
  /** Where /healthz and /metrics are served besides the webhook server; null: not separately. */
  readonly httpPort: number | null;
  /** Who may /reload, per platform (user ids). */
  readonly admins: Readonly<Record<"telegram" | "discord", ReadonlySet<string>>>;
  /** Shared state for several workers; null: in memory. */
  readonly redisUrl: string | null;
}

export function readOpsSettings(env: Env, problems: string[]): OpsSettings {
  return { httpPort: readPort(env.HTTP_PORT?.trim(), problems), admins: readAdmins(env.ADMIN_IDS ?? "", problems), redisUrl: readRedisUrl(env.REDIS_URL?.trim(), problems) };
}

/** The password in REDIS_URL, if any, for the logger to redact. */
export function redisSecret(url: string | null): string | null {
  if (!url) return null;
  try {
    return decodeURIComponent(new URL(url).password) || null;
  } catch {
    return null;
  }
}

function readPort(text: string | undefined, problems: string[]): number | null {
  if (!text) return null;
  const port = Number(text);
  if (Number.isInteger(port) && port >= 1 && port <= 65_535) return port;
  problems.push("HTTP_PORT must be a port number (1-65535).");
  return null;
}

// "telegram:123456,discord:801234567890123456": a platform-qualified list, since ids differ per platform.
function readAdmins(text: string, problems: string[]): OpsSettings["admins"] {
  const admins = { telegram: new Set<string>(), discord: new Set<string>() };
  for (const item of text.split(/[\s,]+/).filter((s) => s !== "")) {
    const match = /^(telegram|discord):(\d{1,20})$/i.exec(item);
    if (match) admins[match[1]!.toLowerCase() as "telegram" | "discord"].add(match[2]!);
    else problems.push('ADMIN_IDS must list platform:id pairs, e.g. "telegram:123456,discord:801234567890123456".');
  }
  return admins;
}

function readRedisUrl(text: string | undefined, problems: string[]): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol === "redis:" || url.protocol === "rediss:") return text;
  } catch {
    // reported below
  }
  problems.push("REDIS_URL must be a redis:// or rediss:// address, e.g. redis://localhost:6379.");
  return null;
}
