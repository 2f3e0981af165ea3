/**
 * Results cut short by a limit — the depth limit, a cycle of bindings or imports, the nesting limit — depend on where
 * the question was asked from: they hold for the analysis under way (one generation: one top-level file) only.
 * Results computed without a cut hold for good. So the order files are analysed in never changes an answer: a
 * module's function met inside an import cycle while file A is linted is looked at again, from the top, for file B.
 */
export class Generations {
  private cutCount = 0;
  private current = 0;
  private top: object | undefined;

  /** A limit cut a computation short: whatever is being computed holds for this generation only. */
  cut(): void {
    this.cutCount++;
  }

  /** The number of cuts so far: a computation compares it before and after to know whether it was cut. */
  get cuts(): number {
    return this.cutCount;
  }

  get generation(): number {
    return this.current;
  }

  /** A top-level analysis of `key` (a file) is asked for: a new generation when it is not the last one's. */
  enter(key: object): void {
    if (key === this.top) return;
    this.top = key;
    this.current++;
  }
}

/**
 * A cache whose entries computed under a cut hold for their generation only (and, when read, make the reader's
 * result one of this generation too); the others hold for good. Values are never undefined (that means "not cached").
 */
export class GenerationalMap<K, V> {
  private readonly lasting = new Map<K, V>();
  private transient = new Map<K, V>();
  private transientGeneration = -1;

  constructor(private readonly generations: Generations) {}

  get(key: K): V | undefined {
    const value = this.lasting.get(key);
    if (value !== undefined || this.transientGeneration !== this.generations.generation) return value;
    const cut = this.transient.get(key);
    if (cut !== undefined) this.generations.cut();
    return cut;
  }

  set(key: K, value: V, cut: boolean): void {
    if (!cut) {
      this.lasting.set(key, value);
      return;
    }
    if (this.transientGeneration !== this.generations.generation) {
      this.transient = new Map();
      this.transientGeneration = this.generations.generation;
    }
    this.transient.set(key, value);
  }
}
