import { JobStatus, UnitLevel } from '@hoanhap/shared';
import type { MockLink } from '@apollo/client/testing';
import {
  ImportJobDocument,
  type ImportJobFieldsFragment,
  ImportTemplatesDocument,
  MyImportsDocument,
  UnitsDocument,
} from '../../gql/graphql';
import { lamHa } from '../../test/fixtures';
import type { ImportPreview } from './import-types';
import { RECENT_IMPORTS } from './recent-imports';

/** The units query as an officer of Lãm Hà gets it: the ward itself. */
export const unitsMock: MockLink.MockedResponse = {
  request: { query: UnitsDocument },
  result: {
    data: {
      units: [
        {
          ...lamHa,
          level: UnitLevel.WARD,
          validFrom: null,
          validTo: null,
          parent: null,
          successor: null,
        },
      ],
    },
  },
  maxUsageCount: 5,
};

export function importJob(id: string, fields: Partial<ImportJobFieldsFragment> = {}) {
  return {
    __typename: 'ImportJob' as const,
    id,
    status: JobStatus.SUCCEEDED,
    dryRun: true,
    progress: 1,
    rowsTotal: 2,
    rowsValid: 1,
    rowsImported: 1,
    rowsUpdated: 0,
    rowsFailed: 1,
    rowsFlagged: 0,
    reportUrl: `/imports/${id}/report`,
    failureReason: null,
    fileName: 'danh-sach.xlsx',
    createdAt: '2026-05-04T02:30:00.000Z',
    finishedAt: '2026-05-04T02:30:05.000Z',
    unit: lamHa,
    ...fields,
  };
}

/** `importJob(id)` answering each of `states` in turn, the last one as long as it is asked. */
export function jobMocks(id: string, ...states: ReturnType<typeof importJob>[]): MockLink.MockedResponse[] {
  return states.map((job, i) => ({
    request: { query: ImportJobDocument, variables: { id } },
    result: { data: { importJob: job } },
    ...(i === states.length - 1 ? { maxUsageCount: 10 } : {}),
  }));
}

export function myImportsMock(jobs: ReturnType<typeof importJob>[], maxUsageCount = 10): MockLink.MockedResponse {
  return {
    request: { query: MyImportsDocument, variables: { first: RECENT_IMPORTS } },
    result: { data: { myImports: jobs } },
    maxUsageCount,
  };
}

/** A sheet with its header on row 1, a valid row and one whose date of birth cannot be read. */
export const preview: ImportPreview = {
  fileName: 'danh-sach.xlsx',
  headerRow: 1,
  rowsTotal: 2,
  columns: [
    { index: 0, header: 'STT', suggested: null },
    { index: 1, header: 'Họ và tên', suggested: 'fullName' },
    { index: 2, header: 'Ngày sinh', suggested: 'dateOfBirth' },
  ],
  rows: [
    { number: 2, cells: ['1', 'Trần Văn Hòa', '02/03/1990'], problems: [] },
    {
      number: 3,
      cells: ['2', 'Lê Thị Mai', '31/02/1991'],
      problems: [{ column: 2, reason: 'Ngày không hợp lệ (dd/MM/yyyy)' }],
    },
  ],
};

/** A template of Lãm Hà: the name in "Họ và tên", the date of birth not imported. */
export const wardTemplate = {
  __typename: 'ImportTemplate' as const,
  id: 'template-1',
  version: 1,
  name: 'Sổ theo dõi',
  headerRow: 1,
  columns: [
    { __typename: 'ImportTemplateColumn' as const, header: 'HO VA TEN', field: 'fullName' },
    { __typename: 'ImportTemplateColumn' as const, header: 'Ngày sinh', field: null },
  ],
  unit: lamHa,
};

/** The templates Lãm Hà may use. */
export function templatesMock(templates: Array<typeof wardTemplate>, maxUsageCount = 10): MockLink.MockedResponse {
  return {
    request: { query: ImportTemplatesDocument, variables: { unitCode: lamHa.code } },
    result: { data: { importTemplates: templates } },
    maxUsageCount,
  };
}
