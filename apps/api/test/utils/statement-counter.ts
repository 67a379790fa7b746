import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements sent, so tests can pin a request's query count,
 * and keeps each statement's parameters, so tests can see a value was bound, not spliced in.
 */
export class StatementCounter implements Logger {
  count = 0;
  statements: string[] = [];
  params: unknown[][] = [];
  logQuery(query: string, parameters?: unknown[]) {
    this.count += 1;
    this.statements.push(query);
    this.params.push(parameters ?? []);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.count = 0;
    this.statements = [];
    this.params = [];
  }
}
