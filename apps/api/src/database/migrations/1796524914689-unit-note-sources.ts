import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEMO_UNIT_SOURCES } from '../../seed/demo-units.js';

/** The demo units' notes as first seeded: merger dates marked as not yet confirmed. */
const UNCONFIRMED = 'Ngày hiệu lực chưa được đối chiếu với văn bản chính thức. / Effective date not yet confirmed.';
const SEEDED: Record<keyof typeof DEMO_UNIT_SOURCES, string | null> = {
  'hai-phong': null,
  'phu-lien': UNCONFIRMED,
  'dong-hoa-2025': `Nghị quyết 1232/NQ-UBTVQH15 (24/10/2024). ${UNCONFIRMED}`,
  'lam-ha': UNCONFIRMED,
  'van-dau': UNCONFIRMED,
};

/**
 * Replaces the demo units' "not yet confirmed" notes with their sources (Resolutions
 * 1232/NQ-UBTVQH15, 1669/NQ-UBTVQH15 and 202/2025/QH15) in databases that hold the demo. A note an
 * administrator has changed since is left as it is; other units are not touched.
 */
export class UnitNoteSources1796524914689 implements MigrationInterface {
  name = 'UnitNoteSources1796524914689';

  async up(db: QueryRunner): Promise<void> {
    await this.replace(db, SEEDED, DEMO_UNIT_SOURCES);
  }

  async down(db: QueryRunner): Promise<void> {
    await this.replace(db, DEMO_UNIT_SOURCES, SEEDED);
  }

  private async replace(
    db: QueryRunner,
    from: Record<string, string | null>,
    to: Record<string, string | null>,
  ): Promise<void> {
    // Only where the demo was loaded: its Lãm Hà exists under the demo's code.
    const [demo] = await db.query(`SELECT 1 FROM administrative_unit WHERE code = 'lam-ha'`);
    if (!demo) return;
    for (const [code, note] of Object.entries(to)) {
      await db.query(
        'UPDATE administrative_unit SET note = $1::text WHERE code = $2 AND note IS NOT DISTINCT FROM $3::text',
        [note, code, from[code] ?? null],
      );
    }
  }
}
