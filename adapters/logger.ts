/** A logger that never prints a secret: every configured token is replaced by "[redacted]". */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export function createLogger(secrets: readonly string[], sink: (line: string) => void = (l) => console.error(l)): Logger {
  const known = secrets.filter((s) => s.length >= 6);
  const redact = (text: string) => known.reduce((out, secret) => out.split(secret).join("[redacted]"), text);
  const write = (level: string, message: string) => sink(redact(`${new Date().toISOString()} ${level} ${message}`));
  return {
    info: (message) => write("info", message),
    warn: (message) => write("warn", message),
    error: (message, error) => write("error", error === undefined ? message : `${message}: ${describe(error)}`),
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
