/**
 * The bounds of a unit's settings, the same for the API's rules and the web form. The report-in
 * deadline for full-term and amnesty releases is not confirmed in law, hence a setting at all.
 */
export const UNIT_SETTINGS_LIMITS = {
  /** After how many days without contact a person shows in the no-contact list. */
  noContactDays: { min: 7, max: 365 },
  /** Days after release before a missing report-in becomes a task. */
  reportInDays: { min: 1, max: 60 },
  /** Characters of the unit's note, once trimmed. */
  noteMaxLength: 2000,
} as const;
