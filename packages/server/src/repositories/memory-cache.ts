/**
 * Rows kept in memory while the database's change feed is live (ADR 0005). Anything that might have
 * changed is dropped when its announcement arrives; a read that was on its way while something was
 * dropped is not kept, so a value announced as changed can never come back from an older read.
 * Entries also expire after `ttlMs`, and the least recently used go first beyond `capacity`.
 *
 * @example
 * const cache = new MemoryCache<PatientRow>(5000, 60_000);
 * const read = cache.startRead();
 * const row = cache.get(id) ?? (await load(id));
 * cache.keep(id, row, read);
 */
export class MemoryCache<V> {
  readonly #entries = new Map<string, { value: V; expires: number }>();
  #live = false;
  #drops = 0;

  constructor(
    readonly capacity: number,
    readonly ttlMs: number,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Marks the start of a database read whose result may be kept. */
  startRead(): number {
    return this.#drops;
  }

  /** Keeps a value read since `read`, unless the feed is down or something was dropped meanwhile. */
  keep(key: string, value: V, read: number, now = Date.now()): void {
    if (!this.#live || read !== this.#drops) return;
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: now + this.ttlMs });
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  drop(key: string): void {
    this.#drops += 1;
    this.#entries.delete(key);
  }

  /**
   * Changes a held value in place, when the database has said exactly what changed. Like a drop, it
   * keeps a read that was on its way from being kept: that read may predate the change.
   */
  update(key: string, change: (value: V) => V): void {
    this.#drops += 1;
    const entry = this.#entries.get(key);
    if (entry) entry.value = change(entry.value);
  }

  dropWhere(matches: (value: V) => boolean): void {
    this.#drops += 1;
    for (const [key, entry] of this.#entries) if (matches(entry.value)) this.#entries.delete(key);
  }

  /** While the change feed is down nothing is kept, and what was kept is dropped. */
  setLive(isLive: boolean): void {
    this.#live = isLive;
    if (!isLive) {
      this.#drops += 1;
      this.#entries.clear();
    }
  }
}
