/** What every platform adapter's start function returns: a running service that can stop cleanly. */
export interface RunningService {
  readonly name: string;
  stop(): Promise<void>;
}

/**
 * A platform refused to start (bad token, another instance running): main prints the one-line
 * message and exits non-zero. The message never contains a secret.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}
