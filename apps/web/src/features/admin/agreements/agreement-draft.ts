import { addMonths, type RedactableField, todayInVietnam } from '@hoanhap/shared';
import type { AdminAgreementFragment } from '../../../gql/graphql';

/** What the agreement form holds while it is edited; dates are null until picked. */
export interface AgreementDraft {
  counterpart: string;
  legalBasisNumber: string;
  legalBasisDate: string | null;
  purpose: string;
  unitCode: string;
  allowedOperations: string[];
  redactedFields: RedactableField[];
  startsOn: string | null;
  endsOn: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

/** A new agreement of `unitCode`, in force from today for a year, redacting the identity number. */
export function newDraft(unitCode: string, today = todayInVietnam()): AgreementDraft {
  return {
    counterpart: '',
    legalBasisNumber: '',
    legalBasisDate: null,
    purpose: '',
    unitCode,
    allowedOperations: ['reintegrationStats'],
    redactedFields: ['Returnee.citizenId'],
    startsOn: today,
    endsOn: addMonths(today, 12),
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  };
}

/** The form of an agreement as it is now, to edit. */
export function draftOf(a: AdminAgreementFragment): AgreementDraft {
  return {
    counterpart: a.counterpart,
    legalBasisNumber: a.legalBasisNumber === 'chưa ghi' ? '' : a.legalBasisNumber,
    legalBasisDate: a.legalBasisDate ?? null,
    purpose: a.purpose === 'chưa ghi' ? '' : a.purpose,
    unitCode: a.unit.code,
    allowedOperations: [...a.allowedOperations],
    redactedFields: [...a.redactedFields] as RedactableField[],
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    contactName: a.contactName ?? '',
    contactEmail: a.contactEmail ?? '',
    contactPhone: a.contactPhone ?? '',
  };
}

export type DraftProblem = 'REQUIRED' | 'TOO_SHORT' | 'BEFORE_START' | 'INVALID_EMAIL' | 'OPERATIONS_REQUIRED';

/**
 * What the form can say before sending (the API checks the same and more): required terms, the end
 * not before the start, a plausible email. Keys are the input's field names.
 */
export function draftProblems(d: AgreementDraft): Partial<Record<keyof AgreementDraft, DraftProblem>> {
  const problems: Partial<Record<keyof AgreementDraft, DraftProblem>> = {};
  if (d.counterpart.trim().length < 2) problems.counterpart = 'REQUIRED';
  if (!d.legalBasisNumber.trim()) problems.legalBasisNumber = 'REQUIRED';
  if (!d.legalBasisDate) problems.legalBasisDate = 'REQUIRED';
  if (!d.purpose.trim()) problems.purpose = 'REQUIRED';
  else if (d.purpose.trim().length < 5) problems.purpose = 'TOO_SHORT';
  if (!d.unitCode.trim()) problems.unitCode = 'REQUIRED';
  if (d.allowedOperations.length === 0) problems.allowedOperations = 'OPERATIONS_REQUIRED';
  if (!d.startsOn) problems.startsOn = 'REQUIRED';
  if (!d.endsOn) problems.endsOn = 'REQUIRED';
  else if (d.startsOn && d.endsOn < d.startsOn) problems.endsOn = 'BEFORE_START';
  if (d.contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.contactEmail.trim())) {
    problems.contactEmail = 'INVALID_EMAIL';
  }
  return problems;
}

/** The terms the API takes, once `draftProblems` is empty. */
export function termsOf(d: AgreementDraft) {
  const blankToNull = (v: string) => v.trim() || null;
  return {
    counterpart: d.counterpart.trim(),
    legalBasisNumber: d.legalBasisNumber.trim(),
    legalBasisDate: d.legalBasisDate ?? '',
    purpose: d.purpose.trim(),
    allowedOperations: d.allowedOperations,
    redactedFields: d.redactedFields,
    startsOn: d.startsOn ?? '',
    endsOn: d.endsOn ?? '',
    contactName: blankToNull(d.contactName),
    contactEmail: blankToNull(d.contactEmail),
    contactPhone: blankToNull(d.contactPhone),
  };
}
