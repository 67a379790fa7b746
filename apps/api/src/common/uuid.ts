/** A UUID as ids are stored; anything else is looked up as "not found" without asking PostgreSQL. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
