/**
 * The variable through which a primary hands its workers the database it opened and migrated (the
 * embedded server's app-role URL, or DATABASE_URL). Set by the primary only, never by an operator.
 */
export const WORKER_DATABASE_URL = 'HOANHAP_WORKER_DATABASE_URL';
