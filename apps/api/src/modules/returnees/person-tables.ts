/**
 * Every table whose rows belong to one person through `returnee_id` (a foreign key to `returnee`),
 * in the order a case file tells them. A merge moves each of them to the survivor
 * (returnee-merge.ts) and the merge dialog compares their counts; the rows hanging from these
 * (a conviction's obligations and penalties) move with them; so do PERSON_REFERENCES. A case package
 * sent to or received from another deployment names its person without a key, and moves too.
 * `audit_event` and `statistics_change` (UNMOVED_PERSON_COLUMNS) stay: the audit log is
 * append-only and keeps the absorbed id, and the statistics are recomputed by their triggers. The merge's end-to-end test fails when a table
 * with a key to `returnee` is missing here.
 */
export const PERSON_TABLES = [
  'release_notice',
  'release',
  'reception',
  'conviction',
  'case_transfer',
  'classification',
  'helper_assignment',
  'contact',
  'support',
  'employment_period',
  'placement',
  'incident',
  'case_closure',
  'task',
  'sensitive_reveal',
  'document',
  'person_file_read',
  'person_archive_job',
  'case_package',
  'returnee_minimisation',
] as const;

export type PersonTable = (typeof PERSON_TABLES)[number];

/**
 * Keys to a person under another name, moved by a merge too but not the person's own records: an
 * import row waiting for the officer's decision points at the record it may be (`candidate_id`).
 */
export const PERSON_REFERENCES = [{ table: 'import_flag', column: 'candidate_id' }] as const;

/** Tables with a `returnee_id` a merge leaves as it is (see above). */
// `agreement_usage_person` counts whom a department's key read in a month: history, as it happened.
export const UNMOVED_PERSON_COLUMNS = ['audit_event', 'statistics_change', 'agreement_usage_person'] as const;

/** Every key a merge moves to the survivor: the person's tables, then the references. */
export const PERSON_KEYS: ReadonlyArray<{ table: string; column: string }> = [
  ...PERSON_TABLES.map((table) => ({ table, column: 'returnee_id' })),
  ...PERSON_REFERENCES,
];

/** A JSON object of the person's row count in each table, for `returnee` an SQL expression. */
export const RELATED_COUNTS_SQL = (returnee: string) =>
  `json_build_object(${PERSON_TABLES.map(
    (t) => `'${t}', (SELECT count(*)::int FROM ${t} x WHERE x.returnee_id = ${returnee})`,
  ).join(', ')})`;
