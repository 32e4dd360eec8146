/**
 * Updates handled concurrently across chats but in order within one chat, with a cap on how many are
 * in flight at once. `push` resolves once the task is queued (waiting while the cap is reached), so the
 * polling loop slows down instead of piling updates up in memory; `drain` waits for all of them.
 */
export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly waiting: Array<() => void> = [];
  private inFlight = 0;

  constructor(private readonly maxInFlight: number) {}

  /** Queues `task` after the earlier tasks of `key`. A task's failure never stops the queue. */
  async push(key: string, task: () => Promise<void>): Promise<void> {
    while (this.inFlight >= this.maxInFlight) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    const run = (this.tails.get(key) ?? Promise.resolve()).then(task).catch(() => undefined);
    const tail = run.finally(() => {
      this.inFlight--;
      if (this.tails.get(key) === tail) this.tails.delete(key);
      this.waiting.shift()?.();
    });
    this.tails.set(key, tail);
  }

  /** Resolves when every queued task has finished. */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }

  get size(): number {
    return this.inFlight;
  }
}
