import { isIsoDate } from '@hoanhap/shared';
import type { AuditFilter } from '../../gql/graphql';

/** The audit log's filters as the URL holds them (`/audit?from=…&to=…&action=…&actor=…&returnee=…`). */
export interface AuditParams {
  from: string | null;
  to: string | null;
  action: string | null;
  actor: string | null;
  returnee: string | null;
}

const KEYS = ['from', 'to', 'action', 'actor', 'returnee'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters; a malformed date or id is dropped rather than sent (the API would refuse it). */
export function readAuditParams(params: URLSearchParams): AuditParams {
  const date = (key: string) => {
    const value = params.get(key);
    return value && isIsoDate(value) ? value : null;
  };
  const id = (key: string) => {
    const value = params.get(key);
    return value && UUID.test(value) ? value : null;
  };
  return {
    from: date('from'),
    to: date('to'),
    action: params.get('action')?.trim() || null,
    actor: id('actor'),
    returnee: id('returnee'),
  };
}

/** The same filters as a URL query (empty ones left out), so a link reproduces the view. */
export function writeAuditParams(p: AuditParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = p[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The `auditLog(filter:)` argument; null when nothing is filtered. */
export function auditFilter(p: AuditParams): AuditFilter | null {
  const filter: AuditFilter = {};
  if (p.from) filter.from = p.from;
  if (p.to) filter.to = p.to;
  if (p.action) filter.action = p.action;
  if (p.actor) filter.actorId = p.actor;
  if (p.returnee) filter.returneeId = p.returnee;
  return Object.keys(filter).length > 0 ? filter : null;
}

export const hasFilters = (p: AuditParams) => KEYS.some((key) => p[key] != null);
