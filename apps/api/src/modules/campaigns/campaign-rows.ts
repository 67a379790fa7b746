import { type ImportCell, normalizeName, parseImportDate } from '@hoanhap/shared';

/*
 * The columns a campaign's list adds to a sheet of people: release date, prison, the address the
 * person returns to and the receiving ward. Read here from the header texts, beside the person
 * columns the import reads (packages/shared/src/import-columns.ts), so the import stays one path.
 */

export type CampaignColumn = 'releaseOn' | 'prison' | 'statedAddress' | 'ward';

/** Headers recognised for each column, compared without case, diacritics or punctuation. */
export const CAMPAIGN_COLUMN_HEADERS: Readonly<Record<CampaignColumn, readonly string[]>> = {
  releaseOn: [
    'Ngày ra trại',
    'Ngày chấp hành xong án',
    'Ngày chấp hành xong',
    'Ngày dự kiến ra trại',
    'Ngày đặc xá',
    'Ngày tha',
  ],
  prison: ['Trại giam', 'Nơi chấp hành án', 'Trại giam nơi chấp hành án', 'Trại'],
  statedAddress: ['Nơi về cư trú', 'Địa chỉ về cư trú', 'Nơi về'],
  ward: ['Phường/xã về', 'Phường xã về', 'Xã/phường về', 'Phường/xã', 'Đơn vị tiếp nhận'],
};

const key = (text: string) =>
  normalizeName(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const BY_HEADER = new Map<string, CampaignColumn>(
  (Object.entries(CAMPAIGN_COLUMN_HEADERS) as Array<[CampaignColumn, readonly string[]]>).flatMap(([column, headers]) =>
    headers.map((h) => [key(h), column] as const),
  ),
);

/** Where each campaign column is in the header row (its first column only). */
export function campaignColumns(headers: readonly string[]): Partial<Record<CampaignColumn, number>> {
  const at: Partial<Record<CampaignColumn, number>> = {};
  headers.forEach((header, index) => {
    const column = BY_HEADER.get(key(header));
    if (column && at[column] === undefined) at[column] = index;
  });
  return at;
}

export interface CampaignRow {
  releaseOn: string | null;
  prison: string | null;
  statedAddress: string | null;
  /** A unit code or a unit name, as written. */
  ward: string | null;
}

/** The row's campaign cells, or the Vietnamese reason one cannot be read ("header: why"). */
export function readCampaignRow(
  headers: readonly string[],
  cells: readonly ImportCell[],
): { row: CampaignRow; problem: string | null } {
  const at = campaignColumns(headers);
  const text = (column: CampaignColumn) => {
    const index = at[column];
    const cell = index === undefined ? null : (cells[index] ?? null);
    if (cell === null || cell instanceof Date || typeof cell === 'boolean') return null;
    return String(cell).trim().slice(0, 500) || null;
  };
  const releaseIndex = at.releaseOn;
  const releaseCell = releaseIndex === undefined ? null : (cells[releaseIndex] ?? null);
  const releaseOn = releaseCell === null || releaseCell === '' ? null : parseImportDate(releaseCell);
  const row = { releaseOn, prison: text('prison'), statedAddress: text('statedAddress'), ward: text('ward') };
  if (releaseCell !== null && releaseCell !== '' && !releaseOn) {
    const header = headers[releaseIndex as number] || 'Ngày ra trại';
    return { row, problem: `${header}: Ngày không hợp lệ: ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2025.` };
  }
  return { row, problem: null };
}
