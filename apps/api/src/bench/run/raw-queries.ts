/*
 * The reference's statements: what a hand-written server would send for the same answers as the
 * product's documents. W1 is one statement that builds the whole page as JSON (json_agg); W3 reads
 * the product's own summary tables with its own statement, so the ratio measures the server around it.
 * W2 is one statement that reads the case file as JSON and writes its audit row.
 */

import { DAYS_SINCE_LAST_CONTACT_SQL } from '../../modules/helpers/helpers.loaders.js';
import { FORECAST_INPUTS_SQL } from '../../modules/returnees/returnee.loaders.js';

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

/** A timestamp as the product's `DateTimeISO` answers it: JavaScript's `toISOString()` (UTC, milliseconds). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A JSON array (never null) of `json_build_object(fields)` over `from`, in `order`. */
const list = (fields: string, from: string, order: string) =>
  `(SELECT COALESCE(json_agg(json_build_object(${fields}) ORDER BY ${order}), '[]'::json) FROM ${from})`;

/** A user or a unit as the case file names them. */
const user = (id: string) =>
  `(SELECT json_build_object('id', u.id, 'displayName', u.display_name) FROM app_user u WHERE u.id = ${id})`;
const unit = (id: string) =>
  `(SELECT json_build_object('id', u.id, 'name', u.name) FROM administrative_unit u WHERE u.id = ${id})`;

/**
 * The sensitive fields the web's case file asks for, which an officer sees: its `read:returnee`
 * audit row names them, as the product's does (modules/returnees/returnee.service.ts, `open`).
 */
export const CASE_FILE_SENSITIVE_FIELDS = [
  'citizenId',
  'convictions',
  'incidents',
  'notes',
  'obligations',
  'supplementaryPenalties',
];

/**
 * The web's `ReturneeDetail` case file for an officer ($1: person id, $2: the officer's unit,
 * $3: the officer's user id, $4: their role, $5: the sensitive fields shown), with its
 * `read:returnee` audit row, in one statement: the insert is a data-modifying CTE, so the row is
 * written exactly when the file is read, atomically (a statement is its own transaction), as the
 * product writes it in the read's transaction. Out of scope reads as no row, and writes none.
 * Each list in the order of the product's loader; the forecast's inputs are the product's own
 * statement (FORECAST_INPUTS_SQL), and the forecast and the allowed transitions are computed by
 * the server from them, as the product does.
 */
export const CASE_FILE_SQL = `
  WITH person AS (
    SELECT r.* FROM returnee r
    WHERE r.id = $1 AND r.unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = $2)
  ), audited AS (
    INSERT INTO audit_event (actor_id, actor_role, action, object_type, object_id, returnee_id, fields, request_id)
    SELECT $3::uuid, $4::role, 'read:returnee', 'Returnee', p.id, p.id, $5::text[], gen_random_uuid() FROM person p
  )
  SELECT ${FORECAST_INPUTS_SQL('r.id')} AS forecast_inputs, json_build_object(
    'id', r.id, 'version', r.version, 'status', r.status, 'fullName', r.full_name, 'otherNames', r.other_names,
    'dateOfBirth', r.date_of_birth, 'sex', r.sex, 'citizenId', r.citizen_id, 'permanentAddress', r.permanent_address,
    'currentAddress', r.current_address, 'residentialGroup', r.residential_group, 'returnedOn', r.returned_on,
    'familyContacts', ${list(
      `'name', f->>'name', 'relation', f->>'relation', 'phone', f->>'phone'`,
      'jsonb_array_elements(r.family_contacts) WITH ORDINALITY AS x(f, n)',
      'n',
    )},
    'unit', (SELECT json_build_object('id', u.id, 'name', u.name, 'reportInDays', u.report_in_days)
      FROM administrative_unit u WHERE u.id = r.unit_id),
    'currentEmployment', (SELECT json_build_object('id', ep.id, 'status', ep.status, 'employerName', ep.employer_name)
      FROM employment_period ep
      WHERE ep.returnee_id = r.id AND ep.started_on <= ${TODAY} AND (ep.ended_on IS NULL OR ep.ended_on >= ${TODAY})
      ORDER BY ep.started_on DESC LIMIT 1),
    'convictions', ${list(
      `'id', c.id, 'court', c.court, 'judgmentNumber', c.judgment_number, 'judgmentDate', c.judgment_date,
      'penalCodeArticle', c.penal_code_article, 'penalCodeChapter', c.penal_code_chapter, 'severity', c.severity,
      'intentional', c.intentional, 'ageAtOffence', c.age_at_offence, 'mainPenalty', c.main_penalty,
      'prisonMonths', c.prison_months, 'mainPenaltyCompletedOn', c.main_penalty_completed_on,
      'supplementaryPenalties', ${list(
        `'id', sp.id, 'kind', sp.kind, 'startsOn', sp.starts_on, 'endsOn', sp.ends_on`,
        'supplementary_penalty sp WHERE sp.conviction_id = c.id',
        'sp.starts_on, sp.created_at',
      )},
      'obligations', ${list(
        `'id', o.id, 'kind', o.kind, 'amountVnd', o.amount_vnd::text, 'settledOn', o.settled_on`,
        'obligation o WHERE o.conviction_id = c.id',
        'o.created_at',
      )}`,
      'conviction c WHERE c.returnee_id = r.id',
      'c.judgment_date DESC, c.created_at DESC',
    )},
    'releaseNotices', ${list(
      `'id', rn.id, 'prison', rn.prison, 'receivedOn', rn.received_on, 'expectedReleaseOn', rn.expected_release_on,
      'statedAddress', rn.stated_address, 'verificationDueOn', rn.verification_due_on,
      'verificationResult', rn.verification_result, 'verifiedOn', rn.verified_on`,
      'release_notice rn WHERE rn.returnee_id = r.id',
      'rn.received_on, rn.created_at',
    )},
    'releases', ${list(
      `'id', rl.id, 'type', rl.type, 'prison', rl.prison, 'releasedOn', rl.released_on,
      'certificateNumber', rl.certificate_number, 'probationEndsOn', rl.probation_ends_on`,
      'release rl WHERE rl.returnee_id = r.id',
      'rl.released_on, rl.created_at',
    )},
    'receptions', ${list(
      `'id', rc.id, 'receivedOn', rc.received_on, 'meetingRecordNumber', rc.meeting_record_number,
      'pledgeSigned', rc.pledge_signed, 'informationSheetDone', rc.information_sheet_done, 'needs', rc.needs,
      'officer', ${user('rc.officer_id')}`,
      'reception rc WHERE rc.returnee_id = r.id',
      'rc.received_on, rc.created_at',
    )},
    'helpers', ${list(
      `'id', ha.id, 'helperName', ha.helper_name, 'helperPhone', ha.helper_phone, 'helperUserId', ha.helper_user_id,
      'role', ha.role, 'startedOn', ha.started_on, 'endedOn', ha.ended_on, 'endReason', ha.end_reason,
      'daysSinceLastContact', ${DAYS_SINCE_LAST_CONTACT_SQL('ha', TODAY)},
      'organisation', (SELECT json_build_object('id', o.id, 'name', o.name) FROM organisation o WHERE o.id = ha.organisation_id)`,
      'helper_assignment ha WHERE ha.returnee_id = r.id',
      'ha.role, ha.started_on DESC, ha.created_at DESC',
    )},
    'contacts', ${list(
      `'id', ct.id, 'contactedOn', ct.contacted_on, 'channel', ct.channel, 'notes', ct.notes,
      'nextAction', ct.next_action, 'createdAt', ${iso('ct.created_at')}, 'recordedBy', ${user('ct.recorded_by_id')}`,
      'contact ct WHERE ct.returnee_id = r.id',
      'ct.contacted_on DESC, ct.created_at DESC',
    )},
    'supports', ${list(
      `'id', s.id, 'type', s.type, 'status', s.status, 'startedOn', s.started_on, 'completedOn', s.completed_on,
      'amountVnd', s.amount_vnd::text, 'fundingSource', s.funding_source, 'outcome', s.outcome,
      'providerName', s.provider_name, 'version', s.version,
      'providerOrganisation', (SELECT json_build_object('id', o.id, 'name', o.name) FROM organisation o
        WHERE o.id = s.provider_organisation_id)`,
      'support s WHERE s.returnee_id = r.id',
      's.started_on DESC, s.created_at DESC',
    )},
    'employmentPeriods', ${list(
      `'id', ep.id, 'status', ep.status, 'employerName', ep.employer_name, 'startedOn', ep.started_on,
      'endedOn', ep.ended_on, 'endReason', ep.end_reason, 'verifiedOn', ep.verified_on, 'version', ep.version`,
      'employment_period ep WHERE ep.returnee_id = r.id',
      'ep.started_on DESC, ep.created_at DESC',
    )},
    'classifications', ${list(
      `'id', cl.id, 'group', cl."group", 'periodStart', cl.period_start, 'periodEnd', cl.period_end, 'reasons', cl.reasons`,
      'classification cl WHERE cl.returnee_id = r.id',
      'cl.period_start, cl.created_at',
    )},
    'currentClassification', (SELECT json_build_object('id', cl.id, 'group', cl."group", 'periodStart', cl.period_start,
        'periodEnd', cl.period_end)
      FROM classification cl
      WHERE cl.returnee_id = r.id AND cl.period_start <= ${TODAY} AND (cl.period_end IS NULL OR cl.period_end >= ${TODAY})
      ORDER BY cl.period_start DESC, cl.created_at DESC LIMIT 1),
    'incidents', ${list(
      `'id', i.id, 'kind', i.kind, 'occurredOn', i.occurred_on, 'note', i.note`,
      'incident i WHERE i.returnee_id = r.id',
      'i.occurred_on, i.created_at',
    )},
    'closures', ${list(
      `'id', x.id, 'reason', x.reason, 'closedOn', x.closed_on, 'note', x.note, 'reopenedOn', x.reopened_on,
      'reopenReason', x.reopen_reason`,
      'case_closure x WHERE x.returnee_id = r.id',
      'x.closed_on, x.created_at',
    )},
    'transfers', ${list(
      `'id', t.id, 'transferredOn', t.transferred_on, 'reason', t.reason, 'createdAt', ${iso('t.created_at')},
      'fromUnit', ${unit('t.from_unit_id')}, 'toUnit', ${unit('t.to_unit_id')},
      'toDeploymentCode', t.to_deployment_code, 'toUnitName', t.to_unit_name`,
      'case_transfer t WHERE t.returnee_id = r.id',
      't.transferred_on, t.created_at',
    )},
    'tasks', ${list(
      `'id', tk.id, 'title', tk.title, 'kind', tk.kind, 'dueOn', tk.due_on, 'completedAt', ${iso('tk.completed_at')},
      'note', tk.note, 'owner', ${user('tk.owner_id')},
      'returnee', json_build_object('id', r.id, 'fullName', r.full_name)`,
      'task tk WHERE tk.returnee_id = r.id',
      'tk.due_on, tk.created_at',
    )}
  ) AS returnee
  FROM person r`;
