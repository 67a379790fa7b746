/**
 * The words for an audit action (`@hoanhap/shared`'s AUDIT_ACTIONS) live in `audit:audit.actions.*`
 * with ':' as '_' (i18next uses ':' for namespaces); an action without words shows its raw name.
 */
export const actionKey = (action: string) => `audit.actions.${action.replace(/:/g, '_')}`;
