import { reasonMessage } from '@hoanhap/shared';
import { badInput } from '../../common/errors.js';

export const NAME_MAX = 80;
export const QUERY_MAX = 2000;
export const COLUMNS_MAX = 30;
/** A column key as the web app names them (`fullName`, `openTaskCount`). */
const COLUMN_KEY = /^[A-Za-z][A-Za-z0-9_]{0,49}$/;

/** The name as stored: trimmed, inner runs of spaces kept (a name is the user's own text). */
export function checkName(raw: string): string {
  const name = raw.trim();
  if (name.length === 0) throw badInput('input.name', 'REQUIRED.viewName');
  if (name.length > NAME_MAX) {
    throw badInput('input.name', reasonMessage('TOO_LONG.viewName', { max: NAME_MAX }));
  }
  return name;
}

/** The query is opaque to the API (the web app validates what it reads back); only its size is limited. */
export function checkQuery(raw: string): string {
  const query = raw.trim().replace(/^\?/, '');
  if (query.length > QUERY_MAX) {
    throw badInput('input.query', reasonMessage('TOO_LONG.query', { max: QUERY_MAX }));
  }
  return query;
}

export function checkColumns(columns: string[]): string[] {
  if (columns.length > COLUMNS_MAX) {
    throw badInput('input.columns', reasonMessage('TOO_MANY.columns', { max: COLUMNS_MAX }));
  }
  for (const [index, key] of columns.entries()) {
    if (!COLUMN_KEY.test(key)) {
      throw badInput(`input.columns.${index}`, 'INVALID');
    }
  }
  return [...new Set(columns)];
}
