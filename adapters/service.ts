/** What every platform adapter's start function returns: a running service that can stop cleanly. */
export interface RunningService {
  readonly name: string;
  /**
   * Resolves, once, with the one-line reason (no secret in it) when the platform stops serving on
   * its own while running: the token was revoked, or another instance took the updates over. Never
   * resolves while the service is healthy, nor after `stop()`. Never rejects. main waits on it
   * together with the signals.
   */
  readonly failed: Promise<Error>;
  stop(): Promise<void>;
}

/** The `failed` promise of a service, and the one way to resolve it (later calls are ignored). */
export function failureSignal(): { readonly failed: Promise<Error>; fail(error: Error): void } {
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<Error>((resolve) => {
    fail = resolve;
  });
  return { failed, fail };
}

/**
 * A platform refused to start (bad token, another instance running), or stopped serving while
 * running for the same reasons: main prints the one-line message and exits non-zero. The message
 * never contains a secret.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}
