/** pg-boss's tables live in their own schema, beside the product's. */
export const JOB_QUEUE_SCHEMA = 'pgboss';
