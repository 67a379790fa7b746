/*
 * The reference's statements: what a hand-written server would send for the same answers as the
 * product's documents. W1 is one statement that builds the whole page as JSON (json_agg); W3 reads
 * the product's own summary tables with its own statement, so the ratio measures the server around it.
 */

/** Today in Việt Nam, as the product computes "current" employment and classification. */
const TODAY = "(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";

/**
 * The web's `Returnees` page, sorted by name, for a unit's scope ($1: unit id, $2: page size):
 * the nodes, their cursors (base64url of `["returnees:NAME", search_name, id]`, as the product
 * encodes them), the total and the page info, in one statement.
 */
export const RETURNEE_PAGE_SQL = `
  WITH filtered AS (
    SELECT r.* FROM returnee r WHERE r.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = $1)
  ), page AS (
    SELECT f.*, translate(encode(convert_to('["returnees:NAME",' || to_json(f.search_name)::text || ',"' || f.id || '"]', 'UTF8'), 'base64'), E'+/=\\n', '-_') AS cursor
    FROM filtered f ORDER BY f.search_name, f.id LIMIT $2 + 1
  ), shown AS (
    SELECT p.*, row_number() OVER (ORDER BY p.search_name, p.id) AS n FROM page p
  )
  SELECT json_build_object('returnees', json_build_object(
    'totalCount', (SELECT count(*)::int FROM (SELECT 1 FROM filtered LIMIT 10001) capped),
    'totalCountExact', (SELECT count(*) <= 10000 FROM (SELECT 1 FROM filtered LIMIT 10001) capped),
    'edges', COALESCE((SELECT json_agg(json_build_object('cursor', s.cursor, 'node', json_build_object(
      'id', s.id, 'fullName', s.full_name, 'dateOfBirth', s.date_of_birth, 'status', s.status,
      'returnedOn', s.returned_on, 'residentialGroup', s.residential_group, 'currentAddress', s.current_address,
      'openTaskCount', (SELECT count(*)::int FROM task t WHERE t.returnee_id = s.id AND t.completed_at IS NULL),
      'unit', (SELECT json_build_object('id', u.id, 'name', u.name) FROM administrative_unit u WHERE u.id = s.unit_id),
      'currentEmployment', (SELECT json_build_object('id', ep.id, 'status', ep.status) FROM employment_period ep
        WHERE ep.returnee_id = s.id AND ep.started_on <= ${TODAY} AND (ep.ended_on IS NULL OR ep.ended_on >= ${TODAY})
        ORDER BY ep.started_on DESC LIMIT 1),
      'currentClassification', (SELECT json_build_object('id', c.id, 'group', c."group") FROM classification c
        WHERE c.returnee_id = s.id AND c.period_start <= ${TODAY} AND (c.period_end IS NULL OR c.period_end >= ${TODAY})
        ORDER BY c.period_start DESC, c.created_at DESC LIMIT 1)
    )) ORDER BY s.n) FROM shown s WHERE s.n <= $2), '[]'::json),
    'pageInfo', json_build_object(
      'hasNextPage', (SELECT count(*) FROM page) > $2,
      'endCursor', (SELECT s.cursor FROM shown s WHERE s.n <= $2 ORDER BY s.n DESC LIMIT 1))
  )) AS data`;

export const UNIT_BY_CODE_SQL = 'SELECT id, code, name FROM administrative_unit WHERE code = $1';

/** The contact row and its audit row, as the product writes them (the audit-seal job chains it later). */
export const INSERT_CONTACT_SQL = `
  WITH c AS (
    INSERT INTO contact (returnee_id, contacted_on, channel, recorded_by_id, notes, next_action, version)
    VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING *
  )
  SELECT c.id, json_build_object('id', c.id, 'contactedOn', c.contacted_on, 'channel', c.channel, 'notes', c.notes,
    'nextAction', c.next_action, 'createdAt', c.created_at,
    'recordedBy', (SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM app_user u WHERE u.id = c.recorded_by_id)
  ) AS contact FROM c`;

export const INSERT_AUDIT_SQL = `
  INSERT INTO audit_event (actor_id, actor_role, action, object_type, object_id, returnee_id, fields, request_id)
  VALUES ($1, $2, 'recordContact', 'Contact', $3, $4, $5, gen_random_uuid())`;
