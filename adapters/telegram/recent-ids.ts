/** The last `capacity` update ids seen: `add` is false for one seen before (Telegram re-sent it). */
export class RecentIds {
  private readonly seen = new Set<number>();
  private readonly order: number[] = [];
  private next = 0;

  constructor(private readonly capacity: number) {}

  add(id: number): boolean {
    if (this.seen.has(id)) return false;
    if (this.order.length < this.capacity) this.order.push(id);
    else {
      this.seen.delete(this.order[this.next]!);
      this.order[this.next] = id;
      this.next = (this.next + 1) % this.capacity;
    }
    this.seen.add(id);
    return true;
  }
}
