import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_GROUP_LABELS,
  ClassificationGroup,
  EMPLOYMENT_STATUS_LABELS,
  EmploymentStatus,
  RELEASE_TYPE_LABELS,
  ReleaseType,
  Sex,
} from './enums.js';
import {
  IMPORT_FIELD_HEADERS,
  IMPORT_FIELDS,
  importFieldOf,
  parseImportChoice,
  parseImportDate,
  parseImportSex,
  penalCodeChapterOf,
} from './import-columns.js';

describe('import headers', () => {
  it('recognises the common ward headers whatever their case, diacritics and spacing', () => {
    expect(importFieldOf('Họ và tên')).toBe('fullName');
    expect(importFieldOf('  HO VA  TEN ')).toBe('fullName');
    expect(importFieldOf('Số CCCD')).toBe('citizenId');
    expect(importFieldOf('so cmnd')).toBe('citizenId');
    expect(importFieldOf('Số định danh cá nhân')).toBe('citizenId');
    expect(importFieldOf('Ngày ra trại')).toBe('returnedOn');
    expect(importFieldOf('Ngày trở về địa phương')).toBe('returnedOn');
    expect(importFieldOf('Nơi ở hiện nay')).toBe('currentAddress');
    expect(importFieldOf('Mã (ID)')).toBe('id');
    expect(importFieldOf('Ghi chú')).toBeNull();
  });

  it('gives every header to one field only', () => {
    const all = IMPORT_FIELDS.flatMap((f) => IMPORT_FIELD_HEADERS[f].map((h) => importFieldOf(h)));
    expect(all).toEqual(IMPORT_FIELDS.flatMap((f) => IMPORT_FIELD_HEADERS[f].map(() => f)));
  });
});

describe('import cells', () => {
  it('reads dates as Vietnamese sheets write them, and spreadsheet dates', () => {
    expect(parseImportDate('05/03/1990')).toBe('1990-03-05');
    expect(parseImportDate('5/3/1990')).toBe('1990-03-05');
    expect(parseImportDate('05-03-1990')).toBe('1990-03-05');
    expect(parseImportDate('05.03.1990')).toBe('1990-03-05');
    expect(parseImportDate('1990-03-05')).toBe('1990-03-05');
    expect(parseImportDate(32937)).toBe('1990-03-05');
    expect(parseImportDate('32937')).toBe('1990-03-05');
    expect(parseImportDate(new Date(Date.UTC(1990, 2, 5)))).toBe('1990-03-05');
  });

  it('refuses what is not a real day', () => {
    expect(parseImportDate('31/02/1990')).toBeNull();
    expect(parseImportDate('hôm qua')).toBeNull();
    expect(parseImportDate(1.5)).toBeNull();
    expect(parseImportDate(null)).toBeNull();
  });

  it('reads sex by its Vietnamese word', () => {
    expect(parseImportSex('Nam')).toBe(Sex.MALE);
    expect(parseImportSex('nữ')).toBe(Sex.FEMALE);
    expect(parseImportSex('NU')).toBe(Sex.FEMALE);
    expect(parseImportSex('khác')).toBeNull();
  });
});

describe('choices written in cells', () => {
  it('reads a value by its Vietnamese or English label, its short form or its bare value', () => {
    expect(parseImportChoice('Có việc làm ổn định', EMPLOYMENT_STATUS_LABELS)).toBe(EmploymentStatus.STABLE);
    expect(parseImportChoice('co viec lam KHONG on dinh', EMPLOYMENT_STATUS_LABELS)).toBe(EmploymentStatus.UNSTABLE);
    expect(parseImportChoice('Stable job', EMPLOYMENT_STATUS_LABELS)).toBe(EmploymentStatus.STABLE);
    expect(parseImportChoice('UNEMPLOYED', EMPLOYMENT_STATUS_LABELS)).toBe(EmploymentStatus.UNEMPLOYED);
    expect(parseImportChoice('Nhóm B', CLASSIFICATION_GROUP_LABELS)).toBe(ClassificationGroup.B);
    expect(parseImportChoice('c', CLASSIFICATION_GROUP_LABELS)).toBe(ClassificationGroup.C);
    expect(parseImportChoice('Đặc xá', RELEASE_TYPE_LABELS)).toBe(ReleaseType.AMNESTY);
    expect(parseImportChoice('Hết án', RELEASE_TYPE_LABELS, { 'Hết án': ReleaseType.FULL_TERM })).toBe(
      ReleaseType.FULL_TERM,
    );
  });

  it('reads nothing from a word that is none of them', () => {
    expect(parseImportChoice('Làm thuê', EMPLOYMENT_STATUS_LABELS)).toBeNull();
    expect(parseImportChoice('', EMPLOYMENT_STATUS_LABELS)).toBeNull();
    expect(parseImportChoice(null, CLASSIFICATION_GROUP_LABELS)).toBeNull();
  });

  it('maps the common headers of records beside the person', () => {
    expect(importFieldOf('Tình trạng việc làm')).toBe('employmentStatus');
    expect(importFieldOf('Trại giam')).toBe('prison');
    expect(importFieldOf('Phân loại')).toBe('classificationGroup');
    expect(importFieldOf('Đoàn thể')).toBe('helperOrganisation');
  });
});

describe('the chapter of an article', () => {
  it('follows the special part of the Penal Code 2015', () => {
    expect(penalCodeChapterOf('173')).toBe(16);
    expect(penalCodeChapterOf('Điều 249')).toBe(20);
    expect(penalCodeChapterOf('321')).toBe(21);
    expect(penalCodeChapterOf('109')).toBe(13);
    expect(penalCodeChapterOf('421')).toBe(26);
    expect(penalCodeChapterOf('187')).toBe(17);
    expect(penalCodeChapterOf('188')).toBe(18);
  });

  it('knows no chapter for an article of the general part or past the code', () => {
    expect(penalCodeChapterOf('51')).toBeNull();
    expect(penalCodeChapterOf('426')).toBeNull();
    expect(penalCodeChapterOf('abc')).toBeNull();
  });
});
