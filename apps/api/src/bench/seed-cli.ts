import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/database.js';
import { createLogger } from '../logger.js';
import { BENCH_PHASES, seedBench } from './seed.js';
import { createProgress } from './progress.js';

/**
 * `pnpm bench:seed [--returnees N] [--provinces P]`: seeds the synthetic benchmark data set into the
 * configured database (DATABASE_URL, or the embedded one in DATA_DIR), after the migrations.
 */
const { values } = parseArgs({
  options: { returnees: { type: 'string', default: '1000000' }, provinces: { type: 'string', default: '1' } },
  allowPositionals: false,
});
const config = loadConfig();
const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
let code = 0;
const db = await openDatabase(config, log, { asOwner: true });
try {
  const progress = createProgress(BENCH_PHASES);
  const outcome = await seedBench(
    db.dataSource,
    { returnees: Number(values.returnees.replaceAll('_', '')), provinces: Number(values.provinces) },
    progress,
  );
  const { plan } = outcome;
  const size = `${plan.returnees} returnees, ${plan.provinces} province(s), ${plan.districts} districts, ${plan.wards} wards`;
  if (!outcome.seeded) console.log(`bench data already present (${size}): nothing to do`);
  else progress.done(`bench data ${outcome.replaced ? 'replaced' : 'seeded'}: ${size}`);
} catch (error) {
  console.error(`bench:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await db.close();
}
process.exit(code);
