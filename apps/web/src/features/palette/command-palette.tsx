import { useQuery } from '@apollo/client/react';
import { CASE_STATUS_LABELS, type CaseStatus, formatDateVi, type Role } from '@hoanhap/shared';
import { useMantineColorScheme, useComputedColorScheme } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PalettePeopleDocument } from '../../gql/graphql';
import { changeLanguage } from '../../i18n/i18n';
import { useLang } from '../../i18n/use-lang';
import { useCurrentUser } from '../auth/current-user';
import { canSearchPeople, filterEntries, type PaletteEntry, paletteEntries } from './palette-entries';

/** The palette's own store, so it never clashes with another Spotlight. */
const [store, palette] = createSpotlight();

/** At least this many characters before people are looked up (one letter matches half the ward). */
const MIN_SEARCH = 2;

/**
 * The command palette (Ctrl/⌘+K): jump to a person by name typed without diacritics, to any page the
 * role has, or run a common action. Loaded on first use; `openCount` reopens it each time it grows.
 */
export default function CommandPalette({ openCount }: { openCount: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);

  useEffect(() => {
    if (openCount > 0) palette.open();
  }, [openCount]);

  const searchPeople = canSearchPeople(user.role as Role) && debounced.length >= MIN_SEARCH;
  const people = useQuery(PalettePeopleDocument, { variables: { search: debounced }, skip: !searchPeople });
  const found = searchPeople ? (people.data?.returnees.edges.map((e) => e.node) ?? []) : [];

  const entries = useMemo(() => paletteEntries(user.role as Role), [user.role]);
  const shown = filterEntries(entries, query, (entry) => t(entry.label as never));

  function run(entry: PaletteEntry) {
    if ('navigate' in entry.run) navigate(entry.run.navigate);
    else if (entry.run.command === 'toggleColorScheme') setColorScheme(scheme === 'dark' ? 'light' : 'dark');
    else void changeLanguage(lang === 'vi' ? 'en' : 'vi');
  }

  const group = (name: PaletteEntry['group']) => shown.filter((entry) => entry.group === name);
  const searching = searchPeople && people.loading;

  return (
    <Spotlight.Root
      store={store}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      scrollable
      maxHeight={440}
      aria-label={t('palette.title')}
    >
      <Spotlight.Search
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.placeholder')}
        data-testid="palette-search"
      />
      <Spotlight.ActionsList>
        {found.length > 0 && (
          <Spotlight.ActionsGroup label={t('palette.people')}>
            {found.map((person) => (
              <Spotlight.Action
                key={person.id}
                label={person.fullName}
                description={[
                  person.dateOfBirth ? formatDateVi(person.dateOfBirth) : null,
                  CASE_STATUS_LABELS[person.status as CaseStatus][lang],
                  person.unit.name,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                onClick={() => navigate(`/returnees/${person.id}`)}
                data-testid="palette-person"
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {(['pages', 'actions'] as const).map((name) =>
          group(name).length > 0 ? (
            <Spotlight.ActionsGroup key={name} label={t(`palette.${name}`)}>
              {group(name).map((entry) => (
                <Spotlight.Action key={entry.id} label={t(entry.label as never)} onClick={() => run(entry)} />
              ))}
            </Spotlight.ActionsGroup>
          ) : null,
        )}
        {found.length === 0 && shown.length === 0 && (
          <Spotlight.Empty>{searching ? t('palette.searching') : t('palette.nothing')}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
      <Spotlight.Footer>{t('palette.hint')}</Spotlight.Footer>
    </Spotlight.Root>
  );
}
