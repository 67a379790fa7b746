import { CASE_STATUS_LABELS, MAIN_PENALTY_LABELS, RELEASE_TYPE_LABELS, SEX_LABELS } from '@hoanhap/shared';
import { date, type SectionParts, type SheetWords, vi } from './returnee-sheet-words';

/** Who the person is: names, birth, identity number (when shown), addresses, family. */
export function identitySection({ person, shown, t, f, hidden }: SheetWords): SectionParts {
  const family = person.familyContacts
    .map((p) =>
      t(p.phone ? 'doc.returnee.familyLinePhone' : 'doc.returnee.familyLine', {
        name: p.name,
        relation: p.relation,
        phone: p.phone,
      }),
    )
    .join('; ');
  return {
    title: t('doc.returnee.identity'),
    block: {
      kind: 'fields',
      rows: [
        { label: f('fullName'), value: person.fullName, strong: true },
        { label: f('otherNames'), value: person.otherNames.length > 0 ? person.otherNames.join(', ') : '—' },
        { label: f('dateOfBirth'), value: date(person.dateOfBirth) },
        { label: f('sex'), value: vi(SEX_LABELS, person.sex) },
        shown
          ? { label: f('citizenId'), value: person.citizenId ?? '—' }
          : { label: f('citizenId'), value: hidden, hidden: true },
        { label: f('permanentAddress'), value: person.permanentAddress ?? '—' },
        { label: f('currentAddress'), value: person.currentAddress ?? '—' },
        { label: f('residentialGroup'), value: person.residentialGroup ?? '—' },
        { label: f('family'), value: family || '—' },
      ],
    },
  };
}

/** Where the case stands: return date, status, classification. */
export function caseSection({ person, t, f }: SheetWords): SectionParts {
  const c = person.currentClassification;
  const classification = !c
    ? '—'
    : c.periodEnd
      ? t('doc.returnee.classificationValue', { group: c.group, from: date(c.periodStart), to: date(c.periodEnd) })
      : t('doc.returnee.classificationOpen', { group: c.group, from: date(c.periodStart) });
  return {
    title: t('doc.returnee.case'),
    block: {
      kind: 'fields',
      rows: [
        { label: f('returnedOn'), value: date(person.returnedOn) },
        { label: f('status'), value: vi(CASE_STATUS_LABELS, person.status) },
        { label: f('classification'), value: classification },
      ],
    },
  };
}

/** The judgments, only when sensitive fields are shown. */
export function convictionsSection({ person, shown, t, hidden }: SheetWords): SectionParts {
  const title = t('doc.returnee.convictions');
  if (!shown) return { title, block: { kind: 'text', text: hidden, hidden: true, testId: 'convictions-hidden' } };
  if (person.convictions.length === 0) return { title, block: { kind: 'text', text: t('doc.returnee.noConvictions') } };
  const items = person.convictions.map(
    (cv) =>
      `${t('doc.returnee.convictionLine', {
        number: cv.judgmentNumber,
        date: date(cv.judgmentDate),
        court: cv.court,
        article: cv.penalCodeArticle,
        penalty: vi(MAIN_PENALTY_LABELS, cv.mainPenalty),
      })}${cv.prisonMonths != null ? t('doc.returnee.prisonMonths', { months: cv.prisonMonths }) : ''}${
        cv.mainPenaltyCompletedOn ? t('doc.returnee.completedOn', { date: date(cv.mainPenaltyCompletedOn) }) : ''
      }.`,
  );
  return { title, block: { kind: 'list', items, testId: 'convictions' } };
}

/** Release from prison and reception by the commune. */
export function releaseSection({ person, t, f }: SheetWords): SectionParts {
  const releases = person.releases
    .map(
      (r) =>
        t('doc.returnee.releaseLine', {
          type: vi(RELEASE_TYPE_LABELS, r.type),
          date: date(r.releasedOn),
          prison: r.prison,
        }) +
        (r.certificateNumber ? t('doc.returnee.certificate', { number: r.certificateNumber }) : '') +
        (r.probationEndsOn ? t('doc.returnee.probationEnds', { date: date(r.probationEndsOn) }) : ''),
    )
    .join('. ');
  const receptions = person.receptions
    .map((r) =>
      t('doc.returnee.receptionLine', {
        date: date(r.receivedOn),
        number: r.meetingRecordNumber ?? '……',
        pledge: t(r.pledgeSigned ? 'doc.yes' : 'doc.no'),
      }),
    )
    .join('. ');
  return {
    title: t('doc.returnee.release'),
    block: {
      kind: 'fields',
      rows: [
        { label: f('release'), value: releases || t('doc.returnee.noRelease') },
        { label: f('reception'), value: receptions || t('doc.returnee.noReception') },
        { label: f('needs'), value: person.receptions.flatMap((r) => r.needs).join('; ') || '—' },
      ],
    },
  };
}
