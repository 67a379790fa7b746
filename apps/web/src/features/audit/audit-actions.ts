import { AUDIT_ACTIONS } from '@hoanhap/shared';

/**
 * Actions the API writes to the audit log (`@hoanhap/shared`'s list), offered in the action
 * filter. Their words live in `admin:audit.actions.*` with ':' as '_' (i18next uses ':' for
 * namespaces); an action not listed still shows, under its raw name.
 */
export const KNOWN_AUDIT_ACTIONS = AUDIT_ACTIONS;

export const actionKey = (action: string) => `audit.actions.${action.replace(/:/g, '_')}`;
