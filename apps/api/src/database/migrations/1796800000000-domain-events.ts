import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox of domain events: rows written in the transaction of the change they record, read
 * after commit by the webhooks' dispatcher (the partial index finds those it has not handled yet).
 */
export class DomainEvents1796800000000 implements MigrationInterface {
  name = 'DomainEvents1796800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE "domain_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(64) NOT NULL, "subject_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "webhooks_dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f901502d0301da69fb8cebbb8f2" PRIMARY KEY ("id"))`,
    );
    await db.query(
      `CREATE INDEX "IDX_domain_event_webhooks_pending" ON "domain_event"  ("occurred_at") WHERE webhooks_dispatched_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX "public"."IDX_domain_event_webhooks_pending"`);
    await db.query(`DROP TABLE "domain_event"`);
  }
}
