import { todayInVietnam } from '@hoanhap/shared';
import { ABUSIVE_DOCUMENTS, webDocument } from './documents.js';
import type { BenchTarget } from './target.js';

/** Who sends a product request: the ward's officer or the city's viewer (their session cookie). */
export type Account = 'ward' | 'city';

/** One measured operation: the product's GraphQL request, and the reference's request for the same content. */
export interface Workload {
  id: string;
  label: string;
  account: Account;
  product: { query: string; variables: Record<string, unknown> };
  /** Null: no reference server answers this operation (the product is measured alone). */
  raw: { op: string; variables: Record<string, unknown> } | null;
  /** Keys whose values differ by nature between two writes (a new row's id and time): compared by presence only. */
  volatile?: readonly string[];
  /** W5: these documents are mixed in, one request in ten, and only the others are timed. */
  abusive?: readonly string[];
}

/** The list page's size: BENCH.md's "first page of 20". */
export const PAGE = 20;

/** The workloads of BENCH.md on a target; `only` picks some by id prefix (`W1`, `W3`...). */
export function workloads(target: BenchTarget, only?: readonly string[]): Workload[] {
  const asOf = todayInVietnam();
  const returnedSince = `${Number(asOf.slice(0, 4)) - 3}${asOf.slice(4)}`;
  const list = {
    query: webDocument('Returnees'),
    variables: { first: PAGE, filter: { sort: 'NAME' } },
  };
  const stats = (unitCode: string) => ({ returnedSince, asOf, unitCode });
  const all: Workload[] = [
    {
      id: 'W1',
      label: `Returnees, first ${PAGE} of ${target.ward.name} (${target.ward.people} people)`,
      account: 'ward',
      product: list,
      raw: { op: 'Returnees', variables: { unitId: target.ward.id, first: PAGE } },
    },
    {
      id: 'W2',
      label: 'ReturneeDetail, one case file',
      account: 'ward',
      product: { query: webDocument('ReturneeDetail'), variables: { id: target.returneeId } },
      raw: {
        op: 'ReturneeDetail',
        variables: {
          id: target.returneeId,
          actor: { userId: target.wardOfficer.id, role: target.wardOfficer.role, unitId: target.ward.id },
        },
      },
    },
    ...(['ward', 'city'] as const).flatMap((level): Workload[] => {
      const unit = level === 'ward' ? target.ward : target.city;
      return [
        {
          id: `W3 stats ${level}`,
          label: `reintegrationStats, ${unit.name}`,
          account: 'city',
          product: { query: webDocument('ReintegrationStats'), variables: stats(unit.code) },
          raw: { op: 'ReintegrationStats', variables: stats(unit.code) },
        },
        {
          id: `W3 by month ${level}`,
          label: `caseloadByMonth (36 points), ${unit.name}`,
          account: 'city',
          product: { query: webDocument('CaseloadByMonth'), variables: stats(unit.code) },
          raw: { op: 'CaseloadByMonth', variables: stats(unit.code) },
        },
      ];
    }),
    (() => {
      const input = { returneeId: target.writeReturneeId, contactedOn: asOf, channel: 'PHONE', notes: 'Đo hiệu năng' };
      return {
        id: 'W4',
        label: 'recordContact (contact + audit row), 16 writers',
        account: 'ward' as const,
        product: { query: webDocument('RecordContact'), variables: { input } },
        raw: {
          op: 'RecordContact',
          variables: { input, actor: { userId: target.wardOfficer.id, role: target.wardOfficer.role } },
        },
        volatile: ['id', 'createdAt'],
      };
    })(),
    {
      id: 'W5',
      label: 'W1 with 10% abusive documents (normal requests timed)',
      account: 'ward',
      product: list,
      raw: null,
      abusive: ABUSIVE_DOCUMENTS,
    },
  ];
  return only?.length ? all.filter((w) => only.some((id) => w.id.startsWith(id))) : all;
}
