// Types of seed-records.mjs for the TypeScript tests.
export function random(seed: number): () => number
export function seedRecord(rand: () => number, receivedAt: string): Record<string, unknown>
export function seedRecords(options?: { days?: number; perDay?: number; now?: number; newestAgoMinutes?: number; seed?: number }): Array<Record<string, unknown> & { receivedAt: string; subject: string }>
