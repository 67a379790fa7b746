import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with the OWASP minimum (19 MiB, t=2, p=1). At most two hashes run at once so a flood of
 * logins queues instead of starving the server of memory and CPU.
 */
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const MAX_CONCURRENT = 2;

let running = 0;
const waiting: Array<() => void> = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

export function hashPassword(password: string): Promise<string> {
  return limited(() => hash(password, OPTIONS));
}

/** A real hash of a random password, verified against when the account does not exist. */
let decoy: Promise<string> | undefined;

/**
 * Checks a password. With no stored hash (unknown or disabled account) it still spends the time of
 * a real check, so response times do not reveal which emails exist.
 */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  decoy ??= hashPassword(crypto.randomUUID());
  const target = stored ?? (await decoy);
  const ok = await limited(() => verify(target, password).catch(() => false));
  return stored !== null && ok;
}
