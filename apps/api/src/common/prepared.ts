import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';

/**
 * Runs a hot read as a named (prepared) statement: PostgreSQL parses and plans it once per
 * connection, then each request only binds and executes. The name is the text's hash, so one name
 * never stands for two texts (node-postgres refuses that) and each filter combination of a list is
 * its own statement. Inside a transaction it runs on the transaction's connection; the statement is
 * logged like any TypeORM query, so statement counts and slow-query logs still see it.
 */
export async function preparedQuery<R>(
  dataSource: DataSource,
  db: EntityManager | undefined,
  text: string,
  values: unknown[],
): Promise<R[]> {
  const runner = db?.queryRunner ?? dataSource.createQueryRunner();
  const owned = runner !== db?.queryRunner;
  const logger = dataSource.logger;
  try {
    const client = (await runner.connect()) as PoolClient;
    logger.logQuery(text, values, runner);
    try {
      const result = await client.query({ name: statementName(text), text, values });
      return result.rows as R[];
    } catch (error) {
      logger.logQueryError(error as Error, text, values, runner);
      throw new QueryFailedError(text, values, error as Error);
    }
  } finally {
    if (owned) await runner.release();
  }
}

const names = new Map<string, string>();

/** `q_` and 20 hex digits of the text's SHA-1, remembered per text. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `q_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size > 5_000) names.clear();
    names.set(text, name);
  }
  return name;
}
