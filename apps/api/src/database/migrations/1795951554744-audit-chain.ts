import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The chaining trigger's function (also restored by the down migration of 1796620000000-audit-seal). */
export const AUDIT_EVENT_CHAIN_FUNCTION = `CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         previous text;
       BEGIN
         -- Serialises chain appends until commit (key: "audit" in ASCII).
         PERFORM pg_advisory_xact_lock(1635083369);
         -- Renumber under the lock: ids then follow the chain order even across concurrent transactions.
         NEW.id := nextval(pg_get_serial_sequence('audit_event', 'id'));
         SELECT row_hash INTO previous FROM audit_event ORDER BY id DESC LIMIT 1;
         NEW.prev_hash := coalesce(previous, repeat('0', 64));
         NEW.row_hash := encode(sha256(convert_to(NEW.prev_hash || audit_event_canonical(
           NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_role::text, NEW.action, NEW.object_type,
           NEW.object_id, NEW.returnee_id, NEW.fields, NEW.request_id), 'UTF8')), 'hex');
         RETURN NEW;
       END
       $$`;

/**
 * Makes `audit_event` tamper-evident and append-only (docs/security.md, S17).
 *
 * A BEFORE INSERT trigger chains every row, whoever inserts it (the app, raw SQL, a script):
 * under a transaction-scoped advisory lock it renumbers the row from the sequence (so ids follow
 * the order rows joined the chain), reads the latest `row_hash` and stores
 * `row_hash = sha256(prev_hash || canonical row)`. `audit_event_canonical` fixes the canonical
 * text; `verifyAuditChain` (src/modules/audit/audit-verify.ts) recomputes it independently.
 * Statement triggers refuse UPDATE, DELETE and TRUNCATE.
 */
export class AuditChain1795951554744 implements MigrationInterface {
  name = 'AuditChain1795951554744';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "audit_event" ADD "prev_hash" text`);
    await db.query(`ALTER TABLE "audit_event" ADD "row_hash" text`);
    // One part of the canonical text: "-" for null, else "<bytes>:<value>" (unambiguous).
    await db.query(
      `CREATE FUNCTION audit_event_part(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
         SELECT CASE WHEN v IS NULL THEN '-' ELSE octet_length(v)::text || ':' || v END
       $$`,
    );
    await db.query(
      `CREATE FUNCTION audit_event_canonical(
         p_id bigint, p_occurred_at timestamptz, p_actor_id uuid, p_actor_role text, p_action text,
         p_object_type text, p_object_id uuid, p_returnee_id uuid, p_fields text[], p_request_id uuid
       ) RETURNS text LANGUAGE sql STABLE AS $$
         SELECT audit_event_part(p_id::text)
             || audit_event_part(to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
             || audit_event_part(p_actor_id::text)
             || audit_event_part(p_actor_role)
             || audit_event_part(p_action)
             || audit_event_part(p_object_type)
             || audit_event_part(p_object_id::text)
             || audit_event_part(p_returnee_id::text)
             || audit_event_part(CASE WHEN p_fields IS NULL THEN NULL ELSE
                  '#' || cardinality(p_fields)::text || coalesce(
                    (SELECT string_agg(audit_event_part(f), '' ORDER BY n) FROM unnest(p_fields) WITH ORDINALITY AS u(f, n)),
                    '') END)
             || audit_event_part(p_request_id::text)
       $$`,
    );
    await db.query(AUDIT_EVENT_CHAIN_FUNCTION);
    await db.query(
      `CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
       END
       $$`,
    );
    // Chain the rows written before this migration, in id order.
    await db.query(
      `DO $$
       DECLARE
         r record;
         previous text := repeat('0', 64);
         h text;
       BEGIN
         FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
           h := encode(sha256(convert_to(previous || audit_event_canonical(
             r.id, r.occurred_at, r.actor_id, r.actor_role::text, r.action, r.object_type,
             r.object_id, r.returnee_id, r.fields, r.request_id), 'UTF8')), 'hex');
           UPDATE audit_event SET prev_hash = previous, row_hash = h WHERE id = r.id;
           previous := h;
         END LOOP;
       END
       $$`,
    );
    await db.query(`ALTER TABLE "audit_event" ALTER COLUMN "prev_hash" SET NOT NULL`);
    await db.query(`ALTER TABLE "audit_event" ALTER COLUMN "row_hash" SET NOT NULL`);
    await db.query(
      `CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`,
    );
    await db.query(
      `CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
         FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`,
    );
    await db.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
         FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER audit_event_no_truncate ON audit_event`);
    await db.query(`DROP TRIGGER audit_event_append_only ON audit_event`);
    await db.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await db.query(`DROP FUNCTION audit_event_refuse_change()`);
    await db.query(`DROP FUNCTION audit_event_chain()`);
    await db.query(
      `DROP FUNCTION audit_event_canonical(bigint, timestamptz, uuid, text, text, text, uuid, uuid, text[], uuid)`,
    );
    await db.query(`DROP FUNCTION audit_event_part(text)`);
    await db.query(`ALTER TABLE "audit_event" DROP COLUMN "row_hash"`);
    await db.query(`ALTER TABLE "audit_event" DROP COLUMN "prev_hash"`);
  }
}
