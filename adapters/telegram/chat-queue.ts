/**
 * Updates handled concurrently across chats but in order within one chat. Only running tasks count
 * against `maxRunning`: a task waiting behind its own chat's earlier ones takes no slot, so one busy
 * group cannot hold every other chat back. Chats take turns for free slots (round robin). Each
 * chat's backlog is bounded on its own (`maxWaitingPerChat`; what comes past it is dropped and
 * reported once per backlog), and all tasks accepted together by `maxQueued`: `push` waits while
 * that is reached, so the polling loop slows down instead of piling updates up in memory.
 */
export interface ChatQueueLimits {
  /** Tasks waiting in one chat (behind its running one); past this, that chat's new tasks are dropped. */
  readonly maxWaitingPerChat: number;
  /** Tasks accepted and not yet finished, across chats; `push` waits while this is reached. */
  readonly maxQueued: number;
}

type Task = () => Promise<void>;

interface ChatLine {
  readonly waiting: Task[];
  running: boolean;
  /** The chat's backlog overflowed since it was last empty (reported once). */
  overflowed: boolean;
}

export class ChatQueue {
  private readonly chats = new Map<string, ChatLine>();
  // Chats with a task ready to run, waiting for a free slot, in turn order.
  private readonly ready: string[] = [];
  private readonly roomWaiters: Array<() => void> = [];
  private readonly idleWaiters: Array<() => void> = [];
  private running = 0;
  private queued = 0;

  constructor(
    private readonly maxRunning: number,
    private readonly limits: ChatQueueLimits = { maxWaitingPerChat: 50, maxQueued: maxRunning * 10 },
    private readonly onOverflow: (key: string) => void = () => undefined,
  ) {}

  /**
   * Queues `task` after the earlier tasks of `key`; resolves once queued (true) or dropped because the
   * chat's backlog is full (false). A task's failure never stops the queue.
   */
  async push(key: string, task: Task): Promise<boolean> {
    while (this.queued >= this.limits.maxQueued) await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    const line = this.chats.get(key) ?? { waiting: [], running: false, overflowed: false };
    this.chats.set(key, line);
    if (line.waiting.length >= this.limits.maxWaitingPerChat) {
      if (!line.overflowed) this.onOverflow(key);
      line.overflowed = true;
      return false;
    }
    line.waiting.push(task);
    this.queued++;
    if (!line.running && line.waiting.length === 1) this.ready.push(key);
    this.startReady();
    return true;
  }

  /** Resolves when every queued task has finished. */
  async drain(): Promise<void> {
    while (this.queued > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  /** Tasks running now. */
  get size(): number {
    return this.running;
  }

  private startReady(): void {
    while (this.running < this.maxRunning && this.ready.length > 0) {
      const key = this.ready.shift()!;
      const line = this.chats.get(key)!;
      const task = line.waiting.shift()!;
      line.running = true;
      this.running++;
      void Promise.resolve()
        .then(task)
        .catch(() => undefined)
        .finally(() => this.finished(key, line));
    }
  }

  private finished(key: string, line: ChatLine): void {
    this.running--;
    this.queued--;
    line.running = false;
    if (line.waiting.length > 0) this.ready.push(key);
    else this.chats.delete(key);
    this.roomWaiters.shift()?.();
    this.startReady();
    if (this.queued === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }
}
