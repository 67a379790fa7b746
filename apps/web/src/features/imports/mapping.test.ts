import { describe, expect, it } from 'vitest';
import type { PreviewColumn } from './import-types';
import {
  mappingColumns,
  mappingIsValid,
  mappingProblems,
  problemApplies,
  suggestedMapping,
  templateMapping,
} from './mapping';

const columns: PreviewColumn[] = [
  { index: 0, header: 'STT', suggested: null },
  { index: 1, header: 'Họ và tên', suggested: 'fullName' },
  { index: 2, header: 'Ngày sinh', suggested: 'dateOfBirth' },
  { index: 3, header: 'Số định danh cá nhân', suggested: 'citizenId' },
];

describe('the column mapping', () => {
  it('starts from the API’s suggestions, one entry per column of the header row', () => {
    expect(suggestedMapping(columns)).toEqual([null, 'fullName', 'dateOfBirth', 'citizenId']);
    // A column the API left out of its list still has its place, left out of the import.
    expect(suggestedMapping([columns[0] as PreviewColumn, { index: 2, header: 'Tên', suggested: 'fullName' }])).toEqual(
      [null, null, 'fullName'],
    );
    expect(suggestedMapping([])).toEqual([]);
  });

  it('needs the name column', () => {
    const problems = mappingProblems([null, null, 'dateOfBirth']);
    expect(problems).toEqual({ missingName: true, duplicateColumns: [] });
    expect(mappingIsValid(problems)).toBe(false);
    expect(mappingIsValid(mappingProblems([null, 'fullName', 'dateOfBirth']))).toBe(true);
  });

  it('takes each field at most once and marks every column after the first to have it', () => {
    const problems = mappingProblems(['fullName', 'dateOfBirth', 'dateOfBirth', 'fullName', 'dateOfBirth', null, null]);
    expect(problems).toEqual({ missingName: false, duplicateColumns: [2, 3, 4] });
    expect(mappingIsValid(problems)).toBe(false);
    // Any number of columns may be left out.
    expect(mappingIsValid(mappingProblems(['fullName', null, null, null]))).toBe(true);
  });

  it('keeps the preview’s word on a cell only while its column goes into the field the API checked it for', () => {
    const mapping = suggestedMapping(columns);
    expect(problemApplies(mapping, columns, 2)).toBe(true);
    expect(problemApplies([null, 'fullName', null, 'citizenId'], columns, 2)).toBe(false);
    expect(problemApplies([null, 'fullName', 'returnedOn', 'citizenId'], columns, 2)).toBe(false);
    // A problem outside the header's columns is the row's own.
    expect(problemApplies(mapping, columns, 9)).toBe(true);
  });
});

describe('a column template', () => {
  it('maps each column by its header, wherever the column is, ignoring case and accents', () => {
    const template = {
      columns: [
        { header: 'SO DINH DANH CA NHAN', field: 'citizenId' },
        { header: 'họ và tên', field: 'fullName' },
        { header: 'Ghi chú', field: null },
        { header: 'Cột cũ', field: 'residentialGroup' },
      ],
    };
    expect(templateMapping(columns, template)).toEqual([null, 'fullName', null, 'citizenId']);
  });

  it('is saved as every column’s header and field', () => {
    expect(mappingColumns(columns, [null, 'fullName', null, 'citizenId'])).toEqual([
      { header: 'STT', field: null },
      { header: 'Họ và tên', field: 'fullName' },
      { header: 'Ngày sinh', field: null },
      { header: 'Số định danh cá nhân', field: 'citizenId' },
    ]);
  });
});
