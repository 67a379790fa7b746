import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../logger.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres } from './embedded.js';

/**
 * Writes a migration holding the SQL that brings the committed migrations up to the entities.
 * Usage: node --import @swc-node/register/esm-register src/database/generate-migration.ts <Name>
 * Review the file before committing it: it is the schema's source of truth.
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: generate-migration <PascalCaseName>');
  process.exit(2);
}
const log = createLogger('warn');
const dataDir = path.join(process.env.TMPDIR ?? '/tmp', `hoanhap-migration-${process.pid}`);
const embedded = await startEmbeddedPostgres({ dataDir, port: 0, database: 'scratch', log });
const ds = createDataSource({ url: embedded.url });
try {
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('entities and migrations agree: nothing to generate');
  } else {
    const timestamp = Date.now();
    const q = (s: string) => `\`${s.replace(/`/g, '\\`')}\``;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(db: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => `    await db.query(${q(u.query)});`).join('\n')}
  }

  async down(db: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((d) => `    await db.query(${q(d.query)});`)
  .join('\n')}
  }
}
`;
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const file = path.join(dir, `${timestamp}-${kebab}.ts`);
    writeFileSync(file, body);
    console.log(`wrote ${path.relative(process.cwd(), file)}: add it to migrations/index.ts`);
  }
} finally {
  await ds.destroy().catch(() => undefined);
  await embedded.stop();
}
