import { Skeleton, Table, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { ErrorState } from './error-state';

interface ListStateProps<T> {
  /** What the query has answered so far (kept while a refetch runs). */
  data: T | null | undefined;
  loading: boolean;
  error: unknown;
  /** Whether the answer holds nothing to list. */
  isEmpty: (data: T) => boolean;
  loadFailed: string;
  onRetry: () => void;
  empty: string;
  emptyTestId?: string;
  loadingHeight?: number;
  loadingTestId?: string;
  children: (data: T) => ReactNode;
}

/**
 * A list's states before its rows: a placeholder on the first load, the error with a retry when
 * nothing came, the empty text, then the rows. What was already shown stays during a reload.
 */
export function ListState<T>({
  data,
  loading,
  error,
  isEmpty,
  loadFailed,
  onRetry,
  empty,
  emptyTestId,
  loadingHeight = 240,
  loadingTestId,
  children,
}: ListStateProps<T>) {
  if (loading && !data) return <Skeleton h={loadingHeight} data-testid={loadingTestId} />;
  if (error && !data) return <ErrorState error={error} title={loadFailed} onRetry={onRetry} />;
  if (!data || isEmpty(data)) {
    return (
      <Text c="dimmed" data-testid={emptyTestId}>
        {empty}
      </Text>
    );
  }
  return <>{children(data)}</>;
}

/** A striped list table that scrolls sideways below its width; `columns` are its headings (false leaves one out). */
export function DataTable({
  minWidth,
  columns,
  verticalSpacing,
  highlightOnHover = true,
  withTableBorder,
  testId,
  children,
}: {
  minWidth: number;
  columns: readonly (ReactNode | false)[];
  verticalSpacing?: 'xs';
  /** Rows light up under the pointer (lists whose rows lead somewhere or carry actions). */
  highlightOnHover?: boolean;
  withTableBorder?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table
        striped
        highlightOnHover={highlightOnHover}
        withTableBorder={withTableBorder}
        verticalSpacing={verticalSpacing}
        data-testid={testId}
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, i) =>
              column === false ? null : typeof column === 'string' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the headings are fixed for the page
                <Table.Th key={i}>{column}</Table.Th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the headings are fixed for the page
                <Fragment key={i}>{column}</Fragment>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
