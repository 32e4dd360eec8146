/** A logger that never prints a secret: every configured token is replaced by "[redacted]". */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export function createLogger(secrets: readonly string[], sink: (line: string) => void = (l) => console.error(l)): Logger {
  const redact = redactor(secrets);
  const write = (level: string, message: string) => sink(redact(`${new Date().toISOString()} ${level} ${message}`));
  return {
    info: (message) => write("info", message),
    warn: (message) => write("warn", message),
    error: (message, error) => write("error", error === undefined ? message : `${message}: ${describe(error)}`),
  };
}

/**
 * A function that replaces every configured secret (6 characters or more), and the user and
 * password inside any URL (`https://user:pass@host`), by "[redacted]".
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const known = secrets.filter((s) => s.length >= 6);
  return (text) => known.reduce((out, secret) => out.split(secret).join("[redacted]"), redactUrlCredentials(text));
}

// scheme://userinfo@ : the userinfo runs to the last "@" before the host's "/", "?", "#" or a space.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi;

/** The text with the credentials of every URL in it replaced: `https://[redacted]@host/path`. */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, "$1[redacted]@");
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
