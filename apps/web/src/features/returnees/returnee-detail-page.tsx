import { useQuery } from '@apollo/client/react';
import { can, Permission, Role } from '@hoanhap/shared';
import { Alert, Anchor, Badge, Button, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { ReturneeDetailDocument } from '../../gql/graphql';
import { CASEWORK_NS, CaseworkTexts } from '../../i18n/casework';
import { JUDGMENTS_NS, JudgmentsTexts } from '../../i18n/judgments';
import { useCurrentUser } from '../auth/current-user';
import { ClassificationTab } from './detail/classification-tab';
import { ContactsTab } from './detail/contacts-tab';
import { ConvictionsTab } from './detail/convictions-tab';
import { EmploymentTab } from './detail/employment-tab';
import { HelpersTab } from './detail/helpers-tab';
import { IncidentsTab } from './detail/incidents-tab';
import { MinimisationPanel } from './detail/minimisation-panel';
import { ProfileTab } from './detail/profile-tab';
import { activeGrant, rememberGrant } from './detail/reveal-grants';
import { ReturneeHeader } from './detail/returnee-header';
import { AccessHistoryTab } from './detail/access-history-tab';
import { ReleaseTab } from './detail/release-tab';
import { SupportTab } from './detail/support-tab';
import { TasksTab } from './detail/tasks-tab';
import { TimelineTab } from './detail/timeline-tab';

const TABS = [
  'timeline',
  'profile',
  'helpers',
  'contacts',
  'support',
  'employment',
  'classification',
  'incidents',
  'convictions',
  'release',
  'tasks',
  'access',
] as const;
type Tab = (typeof TABS)[number];
/** Tabs whose names live in lazily loaded texts: `casework` and `judgments`. */
const CASEWORK_TABS = { classification: 'tabs.classification', incidents: 'tabs.incidents' } as const;
const JUDGMENTS_TABS = { release: 'tabs.release', access: 'tabs.access' } as const;

export function ReturneeNotFound() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Stack align="flex-start" gap="sm" maw={560} data-testid="returnee-not-found">
      <Text c="dimmed" fw={700} fz={40} lh={1} aria-hidden="true">
        404
      </Text>
      <Title order={1} size="h2">
        {t('returnee.notFoundTitle')}
      </Title>
      <Text c="dimmed">{t('returnee.notFoundBody')}</Text>
      <Button component={Link} to={user.role === Role.HELPER ? '/my-people' : '/returnees'}>
        {t('returnee.back')}
      </Button>
    </Stack>
  );
}

/** The case file; its judgment, release and access-history texts load with it. */
export default function ReturneeDetailPage() {
  return (
    <CaseworkTexts>
      <JudgmentsTexts>
        <ReturneeFile />
      </JudgmentsTexts>
    </CaseworkTexts>
  );
}

/** The case file itself, once the lazily loaded texts (tab names, forms) are there. */
function ReturneeFile() {
  const { t } = useTranslation();
  const { t: tc } = useTranslation(CASEWORK_NS);
  const { t: tj } = useTranslation(JUDGMENTS_NS);
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const { state } = useLocation();
  const notice = (state as { notice?: unknown } | null)?.notice;
  const tabParam = search.get('tab');
  // The access history is the officer's (the API sends it to no one else).
  const tabs = TABS.filter((x) => x !== 'access' || can(user.role, Permission.WRITE_CASES));
  const tab: Tab = tabs.find((x) => x === tabParam) ?? 'timeline';
  const { data, error, loading, refetch } = useQuery(ReturneeDetailDocument, { variables: { id } });
  const returnee = data?.returnee;
  useDocumentTitle(`${returnee?.fullName ?? t('returnee.tabs.profile')} · ${t('app.name')}`);

  const isOfficer = user.role === Role.OFFICER;
  // Committee and viewer users see sensitive fields only after stating a purpose (30 minutes).
  const canReveal = can(user.role, Permission.REQUEST_REVEAL);
  const [, setGrantVersion] = useState(0);
  const revealedUntil = canReveal ? activeGrant(id) : null;
  async function onRevealed(expiresAt: string) {
    rememberGrant(id, expiresAt);
    setGrantVersion((v) => v + 1);
    await refetch();
  }
  const canRecordContact = can(user.role, Permission.RECORD_CONTACTS);
  const backTo = user.role === Role.HELPER ? '/my-people' : '/returnees';

  if (loading && !returnee) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Text role="status" size="sm" c="dimmed">
          {t('app.loading')}
        </Text>
        <Skeleton h={32} w={320} />
        <Skeleton h={120} />
        <Skeleton h={240} />
      </Stack>
    );
  }
  if (error && !returnee)
    return <ErrorState error={error} title={t('returnee.loadFailed')} onRetry={() => refetch()} />;
  if (!returnee) return <ReturneeNotFound />;
  // A record merged into another one answers with the kept record: open that one, saying so.
  if (returnee.id !== id) {
    const to = `/returnees/${encodeURIComponent(returnee.id)}${search.size > 0 ? `?${search}` : ''}`;
    return <Navigate to={to} replace state={{ notice: tc('merge.redirected') }} />;
  }

  const count = (n: number) =>
    n > 0 ? (
      <Badge size="xs" variant="light" circle={n < 10}>
        {n}
      </Badge>
    ) : null;

  // Each tab's content, in the order of the tabs.
  const panels = {
    timeline: <TimelineTab returnee={returnee} />,
    profile: (
      <Stack gap="lg">
        <ProfileTab returnee={returnee} canEdit={isOfficer} />
        {/* Read on its own, only when shown: the case file's read stays one statement. */}
        {isOfficer && <MinimisationPanel returneeId={returnee.id} />}
      </Stack>
    ),
    helpers: <HelpersTab returnee={returnee} canEdit={isOfficer} />,
    contacts: <ContactsTab returnee={returnee} canRecord={canRecordContact} />,
    support: <SupportTab returnee={returnee} canRecord={canRecordContact} />,
    employment: <EmploymentTab returnee={returnee} canRecord={isOfficer} />,
    classification: <ClassificationTab returnee={returnee} canEdit={isOfficer} />,
    incidents: (
      <IncidentsTab
        returnee={returnee}
        canEdit={isOfficer}
        canReveal={canReveal}
        revealedUntil={revealedUntil}
        onRevealed={onRevealed}
      />
    ),
    convictions: (
      <ConvictionsTab
        returnee={returnee}
        canSee={isOfficer}
        canRecord={isOfficer}
        canReveal={canReveal}
        revealedUntil={revealedUntil}
        onRevealed={onRevealed}
      />
    ),
    release: <ReleaseTab returnee={returnee} canRecord={isOfficer} />,
    tasks: <TasksTab returnee={returnee} canCreate={isOfficer} />,
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={backTo} size="sm">
        ← {user.role === Role.HELPER ? t('nav.myPeople') : t('returnee.back')}
      </Anchor>
      {typeof notice === 'string' && (
        <Alert color="green" variant="light" role="status" data-testid="returnee-notice">
          {notice}
        </Alert>
      )}
      <ReturneeHeader
        returnee={returnee}
        canWrite={isOfficer}
        canMerge={can(user.role, Permission.MERGE_RECORDS)}
        canSeeSensitive={isOfficer || !!revealedUntil}
        canProduceFile={can(user.role, Permission.EXPORT_PERSON_FILE)}
      />
      <Tabs
        value={tab}
        onChange={(value) =>
          setSearch(
            (prev) => {
              const next = new URLSearchParams(prev);
              next.set('tab', value ?? 'timeline');
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((key) => (
            <Tabs.Tab
              key={key}
              value={key}
              rightSection={
                key === 'contacts'
                  ? count(returnee.contacts.length)
                  : key === 'tasks'
                    ? count(returnee.tasks.filter((x) => !x.completedAt).length)
                    : null
              }
            >
              {key === 'classification' || key === 'incidents'
                ? tc(CASEWORK_TABS[key])
                : key === 'release' || key === 'access'
                  ? tj(JUDGMENTS_TABS[key])
                  : t(`returnee.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {Object.entries(panels).map(([key, panel]) => (
          <Tabs.Panel key={key} value={key} pt="md">
            {panel}
          </Tabs.Panel>
        ))}
        {isOfficer && (
          <Tabs.Panel value="access" pt="md">
            <AccessHistoryTab returneeId={returnee.id} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
