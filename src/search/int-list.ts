/** A growable list of integers in one typed array (a big article's millions of term counts). */
export class IntList {
  private values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  at(index: number): number {
    return this.values[index]!;
  }

  increment(index: number): void {
    this.values[index]!++;
  }

  toArray(): Int32Array {
    return this.values.slice(0, this.length);
  }
}
