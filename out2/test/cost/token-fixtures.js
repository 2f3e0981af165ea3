"use strict";
/** Realistic multi-kB texts for tokenizer tests: prose, TypeScript source, JSON, mixed scripts. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIXED_SCRIPTS = exports.JSON_TEXT = exports.TYPESCRIPT = exports.PROSE = void 0;
exports.PROSE = `The river had always been the town's first road. Long before the railway arrived,
barges carried grain, timber and salt downstream to the estuary, and on the way back they brought
cloth, iron tools and the occasional piano, lashed under oilcloth against the spray. The lock keepers
knew every boatman by name, and most of them knew the boatmen's fathers as well.

When the canal company went bankrupt in 1887, the town council bought the locks for a symbolic sum,
hoping to keep the trade alive. It was not a good investment. Within a decade the railway carried
three times the freight at half the price, and the barges that remained were old, slow and patched
with whatever timber their owners could find. Still, the council kept the locks open. "A river that
stops moving," the mayor told a visiting journalist, "is only a long pond with opinions."

The journalist, who had come to write about the decline of inland shipping, stayed for a week and
wrote about something else entirely: the evening market on the quay, where farmers sold cherries
straight from the boats; the choir that rehearsed in the old customs house because its acoustics were
better than the church's; the children who dared each other to swim across the weir pool in May,
when the water was still cold enough to take their breath away. Her article ran to four pages and
made the town briefly famous. Tourists came, first in ones and twos, then in coach parties.

Today the barges are gone, except for two that were restored by volunteers and now take visitors on
ninety-minute trips between the upper and lower locks. The customs house is a museum, and the choir
has moved to a purpose-built hall with heating that actually works. But the evening market still runs
from June to September, and on warm nights you can still hear someone on the quay arguing about the
price of cherries, exactly as they did a hundred and forty years ago.

What the town learned, slowly and at some expense, is that a place is not only what it produces. The
river no longer pays its way in freight, yet it shapes where people walk, where they meet, and what
they remember. The accounts of the canal company, preserved in the museum's archive, list tonnage,
tolls and repairs with meticulous care; nowhere do they mention the choir, the cherries or the weir
pool. Those appear only in letters, diaries and the journalist's four pages - the records of people
who were not counting anything at all.
`;
exports.TYPESCRIPT = `import { EventEmitter } from "node:events";

export interface RetryOptions {
  /** Maximum number of attempts, including the first one. */
  maxAttempts: number;
  /** Initial delay in milliseconds; doubled after every failure. */
  baseDelayMs: number;
  /** Upper bound for a single delay. */
  maxDelayMs?: number;
  /** Return false to stop retrying on this error. */
  shouldRetry?: (error: unknown, attempt: number) => boolean;
}

export class RetryError extends Error {
  constructor(
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(\`Gave up after \${attempts} attempts: \${String(lastError)}\`);
    this.name = "RetryError";
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { maxAttempts, baseDelayMs, maxDelayMs = 30_000, shouldRetry = () => true } = options;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(\`maxAttempts must be a positive integer, got \${maxAttempts}\`);
  }
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      lastError = error;
      if (attempt === maxAttempts || !shouldRetry(error, attempt)) break;
      const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const jitter = Math.random() * delay * 0.1;
      await sleep(delay + jitter);
    }
  }
  throw new RetryError(maxAttempts, lastError);
}

type Listener<T> = (value: T) => void;

export class LruMap<K, V> extends EventEmitter {
  private readonly items = new Map<K, V>();

  constructor(private readonly capacity: number) {
    super();
    if (capacity <= 0) throw new RangeError("capacity must be positive");
  }

  get(key: K): V | undefined {
    const value = this.items.get(key);
    if (value === undefined) return undefined;
    this.items.delete(key);
    this.items.set(key, value);
    return value;
  }

  set(key: K, value: V): this {
    this.items.delete(key);
    this.items.set(key, value);
    while (this.items.size > this.capacity) {
      const oldest = this.items.keys().next().value as K;
      const evicted = this.items.get(oldest);
      this.items.delete(oldest);
      this.emit("evict", oldest, evicted);
    }
    return this;
  }

  onEvict(listener: Listener<[K, V | undefined]>): () => void {
    const handler = (key: K, value: V | undefined) => listener([key, value]);
    this.on("evict", handler);
    return () => this.off("evict", handler);
  }
}

export function summarize(messages: ReadonlyArray<{ role: "user" | "assistant"; content: string }>): string {
  const lines: string[] = [];
  for (const [index, message] of messages.entries()) {
    const preview = message.content.length > 80 ? message.content.slice(0, 77) + "..." : message.content;
    lines.push(\`\${index + 1}. [\${message.role}] \${preview.replace(/\\s+/g, " ")}\`);
  }
  return lines.join("\\n");
}
`;
const order = {
    id: "ord_8f3a2c91",
    status: "shipped",
    createdAt: "2025-03-14T09:26:53Z",
    customer: {
        id: "cus_55120",
        name: "Margarethe Olsen",
        email: "m.olsen@example.org",
        address: { street: "Kongensgade 41", city: "Odense", postalCode: "5000", country: "DK" },
        loyalty: { tier: "gold", points: 18450, memberSince: "2019-11-02" },
    },
    items: [
        { sku: "TEA-ASSAM-250", name: "Assam tea, loose leaf, 250 g", quantity: 2, unitPrice: 8.95, taxRate: 0.25 },
        { sku: "MUG-STONE-GRY", name: "Stoneware mug, grey", quantity: 4, unitPrice: 12.5, taxRate: 0.25 },
        { sku: "KETTLE-GOOSE-1L", name: "Gooseneck kettle, 1 l", quantity: 1, unitPrice: 64.0, taxRate: 0.25 },
        { sku: "FILTER-PAPER-100", name: "Paper filters, 100 pcs", quantity: 3, unitPrice: 3.2, taxRate: 0.25 },
    ],
    shipping: {
        carrier: "PostNord",
        service: "parcel",
        trackingNumber: "00370730253412345678",
        weightKg: 2.35,
        events: [
            { at: "2025-03-14T15:02:11Z", location: "Odense", description: "Parcel registered" },
            { at: "2025-03-15T04:47:30Z", location: "Fredericia", description: "Sorted at terminal" },
            { at: "2025-03-15T10:13:05Z", location: "Odense", description: "Out for delivery" },
        ],
    },
    payment: { method: "card", brand: "visa", last4: "4242", amount: 150.15, currency: "EUR", captured: true },
    notes: null,
    tags: ["repeat-customer", "gift-wrap", "priority"],
};
exports.JSON_TEXT = JSON.stringify({ orders: [order, { ...order, id: "ord_8f3a2c92", status: "pending" }] }, null, 2);
exports.MIXED_SCRIPTS = `Résumé: naïve café owners in Zürich serve crème brûlée. Ελληνικά: Καλημέρα κόσμε.
Русский: Съешь же ещё этих мягких французских булок, да выпей чаю.
日本語: 吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。
中文：学而时习之，不亦说乎？有朋自远方来，不亦乐乎？
한국어: 다람쥐 헌 쳇바퀴에 타고파. Emoji: 🚀🔥👍🏽 👨‍👩‍👧‍👦 ✅
العربية: نص حكيم له سر قاطع وذو شأن عظيم مكتوب على ثوب أخضر ومغلف بجلد أزرق.
`;
//# sourceMappingURL=token-fixtures.js.map