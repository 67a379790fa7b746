import type { ReturneeProfileFragment, Sex, UpdateReturneeInput } from '../../../gql/graphql';

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
}

export type ProfileKey = keyof ProfileValues;
export const PROFILE_KEYS: readonly ProfileKey[] = [
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
  };
}

// Surrounding spaces are not a change: they are trimmed before saving anyway.
const normal = (v: ProfileValues[ProfileKey]) => JSON.stringify(typeof v === 'string' ? v.trim() : v);
const same = (a: ProfileValues[ProfileKey], b: ProfileValues[ProfileKey]) => normal(a) === normal(b);

/** The fields the user changed compared with what they started from. */
export function changedKeys(base: ProfileValues, edited: ProfileValues): ProfileKey[] {
  return PROFILE_KEYS.filter((key) => !same(base[key], edited[key]));
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
    else if (key === 'fullName') input.fullName = edited.fullName.trim();
    else (input as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() || null : value;
  }
  return input;
}
