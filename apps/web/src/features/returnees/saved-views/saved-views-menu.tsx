import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Loader,
  Popover,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { type SavedViewFieldsFragment, SavedViewsDocument } from '../../../gql/graphql';
import { LISTS_NS, ListsTexts } from '../../../i18n/lists';
import { type Column, isColumn } from '../returnee-columns';
import { DeleteViewDialog } from './delete-view-dialog';
import { SaveViewDialog } from './save-view-dialog';
import { RETURNEES_LIST } from './use-saved-views';

interface SavedViewsMenuProps {
  /** The columns shown now: saved with a view. */
  columns: readonly Column[];
  /** Shows a view's columns when it is applied. */
  onApplyColumns: (columns: Column[]) => void;
}

/** "Góc nhìn": my saved views and those colleagues shared, next to the column chooser. */
export function SavedViewsMenu(props: SavedViewsMenuProps) {
  return (
    <ListsTexts
      fallback={
        <Button variant="default" disabled>
          …
        </Button>
      }
    >
      <SavedViewsMenuInner {...props} />
    </ListsTexts>
  );
}

/** The URL's search string as a view stores it (without "?"). */
export const currentQuery = (search: string) => search.replace(/^\?/, '');

function SavedViewsMenuInner({ columns, onApplyColumns }: SavedViewsMenuProps) {
  const { t } = useTranslation(LISTS_NS);
  const location = useLocation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [editing, setEditing] = useState<{ view: SavedViewFieldsFragment | null } | null>(null);
  const [deleting, setDeleting] = useState<SavedViewFieldsFragment | null>(null);
  const [notice, setNotice] = useState('');
  // Asked for when the menu first opens: the list itself never waits for it.
  const { data, error, loading, refetch } = useQuery(SavedViewsDocument, {
    variables: { list: RETURNEES_LIST },
    skip: !opened && !editing,
  });
  const views = data?.savedViews ?? [];
  const mine = views.filter((v) => v.mine);
  const shared = views.filter((v) => !v.mine);

  function apply(view: SavedViewFieldsFragment) {
    // The query goes back through URLSearchParams; the page checks it as it checks any URL.
    const search = new URLSearchParams(view.query).toString();
    navigate({ pathname: '/returnees', search: search ? `?${search}` : '' });
    const known = view.columns.filter(isColumn);
    if (known.length > 0) onApplyColumns(known);
    setOpened(false);
    setNotice(t('views.applied', { name: view.name }));
  }

  const item = (view: SavedViewFieldsFragment) => (
    <Group key={view.id} gap={4} wrap="nowrap" justify="space-between" data-testid="saved-view">
      <UnstyledButton
        onClick={() => apply(view)}
        aria-label={t('views.apply', { name: view.name })}
        px="xs"
        py={4}
        style={{ flex: 1, borderRadius: 4 }}
      >
        <Text size="sm" fw={500} lineClamp={1}>
          {view.name}
        </Text>
        {!view.mine && (
          <Text size="xs" c="dimmed">
            {t('views.sharedBy', { name: view.owner.displayName })}
          </Text>
        )}
      </UnstyledButton>
      {view.mine && view.shared && (
        <Badge size="xs" variant="light" tt="none">
          {t('views.sharedBadge')}
        </Badge>
      )}
      {view.mine && (
        <>
          <ActionIcon
            variant="subtle"
            aria-label={t('views.edit', { name: view.name })}
            onClick={() => {
              setOpened(false);
              setEditing({ view });
            }}
          >
            ✎
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('views.delete', { name: view.name })}
            onClick={() => {
              setOpened(false);
              setDeleting(view);
            }}
          >
            ×
          </ActionIcon>
        </>
      )}
    </Group>
  );

  return (
    <>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        withinPortal
        trapFocus
        shadow="md"
        width={340}
      >
        <Popover.Target>
          <Button variant="default" onClick={() => setOpened((o) => !o)} data-testid="saved-views-button">
            {t('views.menu')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown data-testid="saved-views-menu">
          <Stack gap="xs">
            {loading && !data ? (
              <Group gap="xs" role="status">
                <Loader size="xs" />
                <Text size="sm">{t('views.loading')}</Text>
              </Group>
            ) : error && !data ? (
              <Alert color="red" variant="light" role="alert">
                <Stack gap={4} align="flex-start">
                  <Text size="sm">{t('views.loadFailed')}</Text>
                  <Button size="xs" variant="default" onClick={() => void refetch()}>
                    {t('views.retry')}
                  </Button>
                </Stack>
              </Alert>
            ) : views.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="saved-views-empty">
                {t('views.empty')}
              </Text>
            ) : (
              <>
                {mine.length > 0 && (
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                    {t('views.mine')}
                  </Text>
                )}
                {mine.map(item)}
                {shared.length > 0 && (
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt={mine.length > 0 ? 'xs' : 0}>
                    {t('views.sharedWithMe')}
                  </Text>
                )}
                {shared.map(item)}
              </>
            )}
            <Divider />
            <Button
              variant="light"
              onClick={() => {
                setOpened(false);
                setEditing({ view: null });
              }}
              data-testid="save-current-view"
            >
              {t('views.saveCurrent')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <VisuallyHidden role="status" data-testid="saved-views-status">
        {notice}
      </VisuallyHidden>
      <SaveViewDialog
        opened={editing !== null}
        view={editing?.view ?? null}
        current={{ query: currentQuery(location.search), columns }}
        onClose={() => setEditing(null)}
        onSaved={(view) => {
          setEditing(null);
          setNotice(t('views.saved', { name: view.name }));
        }}
      />
      <DeleteViewDialog
        view={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(view) => {
          setDeleting(null);
          setNotice(t('views.deleted', { name: view.name }));
        }}
      />
    </>
  );
}
