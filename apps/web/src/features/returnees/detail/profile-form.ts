import type { ReturneeProfileFragment, Sex, UpdateReturneeInput } from '../../../gql/graphql';
import { type FamilyContactValue, toFamilyContactInputs } from '../forms/family-contacts-field';

/** The editable details, as the form holds them (empty text rather than null). */
export interface ProfileValues {
  fullName: string;
  otherNames: string[];
  dateOfBirth: string | null;
  sex: Sex | null;
  citizenId: string;
  permanentAddress: string;
  currentAddress: string;
  residentialGroup: string;
  returnedOn: string | null;
  familyContacts: FamilyContactValue[];
}

export type ProfileKey = keyof ProfileValues;
/** The details shown one per row (family contacts are a list of their own). */
export type ProfileRowKey = Exclude<ProfileKey, 'familyContacts'>;
export const PROFILE_KEYS: readonly ProfileRowKey[] = [
  'fullName',
  'otherNames',
  'dateOfBirth',
  'sex',
  'citizenId',
  'permanentAddress',
  'currentAddress',
  'residentialGroup',
  'returnedOn',
];
/** Everything the edit form changes. */
export const EDITABLE_KEYS: readonly ProfileKey[] = [...PROFILE_KEYS, 'familyContacts'];

export function profileValues(r: ReturneeProfileFragment): ProfileValues {
  return {
    fullName: r.fullName,
    otherNames: [...r.otherNames],
    dateOfBirth: r.dateOfBirth,
    sex: r.sex,
    citizenId: r.citizenId ?? '',
    permanentAddress: r.permanentAddress ?? '',
    currentAddress: r.currentAddress ?? '',
    residentialGroup: r.residentialGroup ?? '',
    returnedOn: r.returnedOn,
    familyContacts: r.familyContacts.map((c) => ({ name: c.name, relation: c.relation, phone: c.phone ?? '' })),
  };
}

// Surrounding spaces are not a change: they are trimmed before saving anyway.
const normal = (v: ProfileValues[ProfileKey]) =>
  JSON.stringify(typeof v === 'string' ? v.trim() : isContactList(v) ? toFamilyContactInputs(v) : v);
const isContactList = (v: unknown): v is FamilyContactValue[] =>
  Array.isArray(v) && v.some((x) => typeof x === 'object' && x !== null);
const same = (a: ProfileValues[ProfileKey], b: ProfileValues[ProfileKey]) => normal(a) === normal(b);

/** The fields the user changed compared with what they started from. */
export function changedKeys(base: ProfileValues, edited: ProfileValues): ProfileKey[] {
  return EDITABLE_KEYS.filter((key) => !same(base[key], edited[key]));
}

/**
 * After a conflict: the latest saved values, with the user's own changes laid over them, so
 * nobody else's edit to another field is lost and none of the user's typing is either.
 */
export function reapplyChanges(base: ProfileValues, edited: ProfileValues, latest: ProfileValues): ProfileValues {
  const merged: ProfileValues = { ...latest };
  for (const key of changedKeys(base, edited)) {
    (merged as unknown as Record<ProfileKey, unknown>)[key] = edited[key];
  }
  return merged;
}

/** Only changed fields travel; cleared text becomes null. */
export function toUpdateInput(
  id: string,
  version: number,
  base: ProfileValues,
  edited: ProfileValues,
): UpdateReturneeInput {
  const input: UpdateReturneeInput = { id, version };
  for (const key of changedKeys(base, edited)) {
    const value = edited[key];
    if (key === 'otherNames') input.otherNames = edited.otherNames;
    else if (key === 'familyContacts') input.familyContacts = toFamilyContactInputs(edited.familyContacts);
    else if (key === 'fullName') input.fullName = edited.fullName.trim();
    else (input as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() || null : value;
  }
  return input;
}
