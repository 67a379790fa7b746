import { describe, expect, it } from 'vitest';
import {
  administrativeDate,
  areaName,
  articleHeading,
  byCommitteeRole,
  documentNumber,
  foundingMembers,
  issuerArea,
  issuerLines,
  memberLine,
  memberPosition,
  numberLine,
  placeDateLine,
  romanNumeral,
  unitOfMeasureText,
} from './document-text';

describe('administrative dates', () => {
  it('writes days below 10 and January and February with a leading zero, as Decree 30 asks', () => {
    expect(administrativeDate('2024-04-25')).toBe('ngày 25 tháng 4 năm 2024');
    expect(administrativeDate('2024-02-05')).toBe('ngày 05 tháng 02 năm 2024');
    expect(administrativeDate('2024-01-10')).toBe('ngày 10 tháng 01 năm 2024');
    expect(administrativeDate('2024-12-09')).toBe('ngày 09 tháng 12 năm 2024');
  });

  it('puts the place without its level before the date', () => {
    expect(placeDateLine('Phường Lãm Hà', '2024-04-18')).toBe('Lãm Hà, ngày 18 tháng 4 năm 2024');
    expect(placeDateLine('Xã An Hồng', '2025-03-01')).toBe('An Hồng, ngày 01 tháng 3 năm 2025');
  });
});

describe('numbers and headings', () => {
  it('writes the number and symbol, or dots to fill in by hand', () => {
    expect(numberLine('58/QĐ-UBND')).toBe('Số: 58/QĐ-UBND');
    expect(numberLine(null)).toBe('Số: ……');
    expect(numberLine('  ')).toBe('Số: ……');
  });

  it('numbers sections in Roman and articles in Arabic numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40, 1990].map(romanNumeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'IX',
      'XIV',
      'XL',
      'MCMXC',
    ]);
    expect(() => romanNumeral(0)).toThrow(RangeError);
    expect(articleHeading(3)).toBe('Điều 3.');
  });
});

describe('issuer block', () => {
  it('spells out the body and puts it and its area on two lines in capitals', () => {
    expect(issuerLines('UBND phường Lãm Hà')).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG LÃM HÀ']);
    expect(issuerLines('Đảng ủy phường Lãm Hà')).toEqual(['ĐẢNG ỦY', 'PHƯỜNG LÃM HÀ']);
    expect(issuerLines('Ban Chỉ đạo mô hình')).toEqual(['BAN CHỈ ĐẠO MÔ HÌNH']);
  });

  it('finds the area an issuer speaks for', () => {
    expect(issuerArea('UBND phường Lãm Hà')).toBe('phường Lãm Hà');
    expect(issuerArea('Ban Chỉ đạo mô hình')).toBeNull();
  });
});

describe('committee members', () => {
  it('completes a position with the place instead of repeating the organisation', () => {
    expect(memberPosition('Phó Chủ tịch UBND phường', 'UBND phường Lãm Hà')).toBe('Phó Chủ tịch UBND phường Lãm Hà');
    expect(memberPosition('Cán bộ Công an phường phụ trách tái hòa nhập', 'Công an phường Lãm Hà')).toBe(
      'Cán bộ Công an phường phụ trách tái hòa nhập',
    );
    expect(memberPosition('Giám đốc', 'Công ty TNHH May mặc Kiến An')).toBe('Giám đốc, Công ty TNHH May mặc Kiến An');
    expect(memberPosition('Trưởng tổ dân phố số 3', null)).toBe('Trưởng tổ dân phố số 3');
  });

  it('writes one roster line with the role in the committee, the last one closing with a full stop', () => {
    const m = {
      personName: 'Nguyễn Văn Thịnh',
      title: 'Phó Chủ tịch UBND phường',
      roleLabel: 'Trưởng ban',
      organisationName: 'UBND phường Lãm Hà',
    };
    expect(memberLine(1, m)).toBe('1. Nguyễn Văn Thịnh, Phó Chủ tịch UBND phường Lãm Hà – Trưởng ban;');
    expect(memberLine(8, { ...m, roleLabel: 'Thư ký' }, true)).toBe(
      '8. Nguyễn Văn Thịnh, Phó Chủ tịch UBND phường Lãm Hà – Thư ký.',
    );
  });

  it('keeps the members seated on the founding day, not those who joined or left around it', () => {
    const history = [
      { id: 'founder', startedOn: '2024-04-18', endedOn: null },
      { id: 'left-later', startedOn: '2024-04-18', endedOn: '2025-01-31' },
      { id: 'joined-later', startedOn: '2024-09-01', endedOn: null },
      { id: 'left-before', startedOn: '2023-01-01', endedOn: '2024-04-17' },
    ];
    expect(foundingMembers(history, '2024-04-18').map((m) => m.id)).toEqual(['founder', 'left-later']);
  });
});

describe('roster order and units', () => {
  it('lists the head first and the secretary last, keeping the order within a role', () => {
    const members = [
      { personName: 'Thư ký', role: 'SECRETARY' },
      { personName: 'Thành viên 1', role: 'MEMBER' },
      { personName: 'Trưởng ban', role: 'HEAD' },
      { personName: 'Thành viên 2', role: 'MEMBER' },
      { personName: 'Phó ban', role: 'STANDING_DEPUTY' },
    ];
    expect(byCommitteeRole(members).map((m) => m.personName)).toEqual([
      'Trưởng ban',
      'Phó ban',
      'Thành viên 1',
      'Thành viên 2',
      'Thư ký',
    ]);
  });

  it('names a unit inside a sentence with its level in lower case', () => {
    expect(areaName('Phường Lãm Hà')).toBe('phường Lãm Hà');
    expect(areaName('Xã An Hồng')).toBe('xã An Hồng');
  });

  it('writes a target’s unit in words and its numbers the Vietnamese way', () => {
    expect(unitOfMeasureText('PERCENT', 'STABLE_WORK_SHARE')).toBe('%');
    expect(unitOfMeasureText('COUNT', 'NEW_OFFENCES')).toBe('vụ');
    expect(unitOfMeasureText('COUNT', 'SUPPORT_DONE')).toBe('lượt');
    expect(unitOfMeasureText('RATE', 'CONTACTS_PER_PERSON_MONTH')).toBe('lần/người/tháng');
    expect(unitOfMeasureText('buổi', null)).toBe('buổi');
    expect(documentNumber(1.5)).toBe('1,5');
    expect(documentNumber(40)).toBe('40');
  });
});
