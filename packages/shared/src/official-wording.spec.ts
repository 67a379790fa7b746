import { describe, expect, it } from 'vitest';
import {
  CASE_STATUS_LABELS,
  CLASSIFICATION_GROUP_LABELS,
  CaseStatus,
  ClassificationGroup,
  MAIN_PENALTY_LABELS,
  MainPenalty,
} from './enums.js';
import { EXPUNGEMENT_BLOCKER_LABELS, ExpungementBlocker } from './expungement.js';
import * as shared from './index.js';

/** The labels a ward officer or a judicial-records clerk reads, in the legal texts' own words. */
describe('official wording of the labels', () => {
  it('names ON_PROBATION a parolee on probation (Law on Execution of Criminal Judgments), not a suspended sentence', () => {
    expect(CASE_STATUS_LABELS[CaseStatus.ON_PROBATION]).toEqual({
      vi: 'Người được tha tù trước thời hạn có điều kiện đang trong thời gian thử thách',
      en: 'Released on parole, still on probation',
    });
  });

  it('says "tử hình nhưng đã được giảm án", as Penal Code art. 70(2)(d) and 71(2)(d) do', () => {
    expect(MAIN_PENALTY_LABELS[MainPenalty.DEATH_COMMUTED].vi).toBe('Tử hình nhưng đã được giảm án');
  });

  it('puts reform school and compulsory drug rehabilitation in group D (Circular 10/2024/TT-BCA)', () => {
    const d = CLASSIFICATION_GROUP_LABELS[ClassificationGroup.D];
    expect(d.vi).toContain('trường giáo dưỡng');
    expect(d.vi).toContain('cai nghiện bắt buộc');
    expect(d.en).toContain('reform school');
    expect(d.en).toContain('compulsory drug rehabilitation');
  });

  it('calls the judgment’s other decisions "nghĩa vụ theo bản án" (Penal Code art. 70: "các quyết định khác của bản án")', () => {
    expect(EXPUNGEMENT_BLOCKER_LABELS[ExpungementBlocker.UNSETTLED_OBLIGATIONS].vi).toBe(
      'Chưa thực hiện xong nghĩa vụ theo bản án (án phí, tiền phạt, bồi thường…)',
    );
  });

  it('never says "CCCD" (Identity Law 2023: thẻ căn cước, số định danh cá nhân) nor "nghĩa vụ dân sự"', () => {
    const labels = JSON.stringify(Object.entries(shared).filter(([name]) => name.endsWith('_LABELS')));
    expect(labels).not.toContain('CCCD');
    expect(labels.toLowerCase()).not.toContain('nghĩa vụ dân sự');
  });
});
