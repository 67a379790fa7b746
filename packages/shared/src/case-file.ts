/**
 * How many of a person's contacts a case file carries: the newest ones. Contacts are recorded for
 * as long as a case lasts (weekly for a parolee over years), and a file that carried all of them
 * would grow without bound; 200 covers years of monthly visits. The API and the web both read it,
 * so the web can say when older contacts are not shown.
 */
export const CASE_FILE_CONTACTS = 200;
