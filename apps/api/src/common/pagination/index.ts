/**
 * Paging for every list of the API: one page-size rule, one opaque cursor format, one way to build
 * the SQL of a keyset page, and one Relay-style connection type. `docs/api.md` states the rules
 * clients see.
 */
export { AfterArg, FirstArg } from './args.js';
export { type ConnectionAsked, connectionAsked, fieldsAsked } from './asked.js';
export { Connection, CountedConnection, PageInfo } from './connection.js';
export { decodeCursor, encodeCursor, invalidCursor, type KeyType, keyText } from './cursor.js';
export { type FilteredList, readEntityPage } from './entity-page.js';
export {
  type Bind,
  bindTo,
  type ConnectionShape,
  type KeysetOrder,
  type KeysetPage,
  keysetOrder,
  keysetPage,
  type PageInfoShape,
} from './keyset.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageSizeRule, pageSize } from './page-size.js';
