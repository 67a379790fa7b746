import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toSheetData } from '../../export/xlsx';
import { row } from '../test-fixtures';
import { useReturneeExportColumns } from './returnee-export';
import { ClassificationGroup } from '@hoanhap/shared';

describe('the returnees spreadsheet', () => {
  it('has every list column with its Vietnamese header, dates as dates and statuses in words', () => {
    const { result } = renderHook(() => useReturneeExportColumns());
    const person = row('r-duc', 'Nguyễn Văn Đức', {
      currentClassification: { id: 'c-1', group: ClassificationGroup.B },
    });
    const [header, cells] = toSheetData([person], result.current);
    expect(header?.map((cell) => cell?.value)).toEqual([
      'Họ và tên',
      'Ngày sinh',
      'Tình trạng',
      'Ngày trở về',
      'Việc làm',
      'Phân loại',
      'Tổ dân phố',
      'Đơn vị',
      'Việc còn mở',
    ]);
    expect(cells?.[0]).toEqual({ value: 'Nguyễn Văn Đức' });
    expect(cells?.[1]).toEqual({ value: new Date(Date.UTC(1990, 4, 1)), type: Date, format: 'dd/mm/yyyy' });
    expect(cells?.[2]).toEqual({ value: 'Đang giúp đỡ' });
    expect(cells?.[4]).toEqual({ value: 'Có việc làm không ổn định' });
    expect(String(cells?.[5]?.value)).toMatch(/^B – /);
    expect(cells?.[7]).toEqual({ value: 'Phường Lãm Hà' });
    expect(cells?.[8]).toMatchObject({ value: 1, type: Number });
  });
});
