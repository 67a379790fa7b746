import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_EVENT_CHAIN_FUNCTION } from './1795951554744-audit-chain.js';

/**
 * The audit chain without a lock on the request path (docs/security.md, "Append-only and sealed").
 *
 * Before: a BEFORE INSERT trigger chained every `audit_event` row under one advisory lock held
 * until COMMIT, so every audited request in the country waited for the one before it. Now a request
 * inserts its audit row plainly, and a single sealer (the `audit-seal` job) appends each committed
 * row to the chain in `audit_seal`, in the order it finds them, within seconds:
 *   seq (chain position) · event_id · prev_hash · row_hash = sha256(prev_hash || canonical(event)).
 * The canonical text is the one the trigger used (`audit_event_canonical`), so the rows chained
 * before this migration keep their hashes: they become the first seals, in id order.
 *
 * `audit_seal_pending(window, max_rows)` is the sealer. It takes a transaction-scoped advisory lock
 * (a second sealer returns at once: the chain has one writer), looks for unsealed rows among the
 * last `window` ids above the newest sealed one (an index range, not the table), or the whole table
 * when `window` is NULL (the hourly sweep, for a row whose transaction committed very late), and
 * chains up to `max_rows` of them. Both tables are append-only for everyone (statement triggers) and
 * the app role may only insert and select them (app-role.ts).
 */
export class AuditSeal1796620000000 implements MigrationInterface {
  name = 'AuditSeal1796620000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE audit_seal (
         seq bigint PRIMARY KEY,
         event_id bigint NOT NULL,
         prev_hash text NOT NULL,
         row_hash text NOT NULL,
         sealed_at timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT uq_audit_seal_event UNIQUE (event_id),
         CONSTRAINT fk_audit_seal_event FOREIGN KEY (event_id) REFERENCES audit_event (id)
       )`,
    );
    await db.query(
      `INSERT INTO audit_seal (seq, event_id, prev_hash, row_hash, sealed_at)
       SELECT row_number() OVER (ORDER BY id), id, prev_hash, row_hash, occurred_at FROM audit_event ORDER BY id`,
    );
    await db.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await db.query(`DROP FUNCTION audit_event_chain()`);
    await db.query(`ALTER TABLE audit_event DROP COLUMN prev_hash, DROP COLUMN row_hash`);
    await db.query(
      `CREATE TRIGGER audit_seal_append_only BEFORE UPDATE OR DELETE ON audit_seal
         FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`,
    );
    await db.query(
      `CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
         FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`,
    );
    await db.query(
      `CREATE FUNCTION audit_seal_pending(p_window bigint, p_max_rows int) RETURNS int LANGUAGE plpgsql AS $$
       DECLARE
         last_seq bigint;
         previous text;
         from_id bigint;
         r record;
         h text;
         sealed int := 0;
       BEGIN
         -- One sealer at a time (key: "seal" in ASCII); another run finds the lock taken and leaves.
         IF NOT pg_try_advisory_xact_lock(1936024940) THEN
           RETURN 0;
         END IF;
         SELECT s.seq, s.row_hash, s.event_id INTO last_seq, previous, from_id
           FROM audit_seal s ORDER BY s.seq DESC LIMIT 1;
         last_seq := coalesce(last_seq, 0);
         previous := coalesce(previous, repeat('0', 64));
         from_id := CASE WHEN p_window IS NULL OR from_id IS NULL THEN 0 ELSE greatest(from_id - p_window, 0) END;
         FOR r IN
           SELECT e.* FROM audit_event e
            WHERE e.id > from_id AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id)
            ORDER BY e.id LIMIT p_max_rows
         LOOP
           h := encode(sha256(convert_to(previous || audit_event_canonical(
             r.id, r.occurred_at, r.actor_id, r.actor_role::text, r.action, r.object_type,
             r.object_id, r.returnee_id, r.fields, r.request_id), 'UTF8')), 'hex');
           last_seq := last_seq + 1;
           INSERT INTO audit_seal (seq, event_id, prev_hash, row_hash) VALUES (last_seq, r.id, previous, h);
           previous := h;
           sealed := sealed + 1;
         END LOOP;
         RETURN sealed;
       END
       $$`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION audit_seal_pending(bigint, int)`);
    await db.query(`ALTER TABLE audit_event ADD prev_hash text, ADD row_hash text`);
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    // Rows never sealed cannot be given a place in the old chain: the down migration refuses them.
    await db.query(
      `UPDATE audit_event e SET prev_hash = s.prev_hash, row_hash = s.row_hash FROM audit_seal s WHERE s.event_id = e.id`,
    );
    await db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    await db.query(`ALTER TABLE audit_event ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN row_hash SET NOT NULL`);
    await db.query(AUDIT_EVENT_CHAIN_FUNCTION);
    await db.query(
      `CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`,
    );
    await db.query(`DROP TABLE audit_seal`);
  }
}
