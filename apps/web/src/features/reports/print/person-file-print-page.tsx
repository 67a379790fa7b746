import { useQuery } from '@apollo/client/react';
import { Alert, Button, Center, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { PersonFileDocument } from '../../../gql/graphql';
import { JudgmentsTexts } from '../../../i18n/judgments';
import { PrintTexts } from '../../../i18n/print';
import { useCurrentUser } from '../../auth/current-user';
import { PURPOSE_MIN, purposeFromHash, purposeHash } from './person-file-purpose';
import { PersonFileSheet } from './person-file-sheet';
import { PrintFrame } from './print-frame';
import { printClasses as classes } from './print-sheet';
import { sensitiveShown } from './sensitive-fields';

/** Asks for the purpose when the page was opened without one (a bookmark, a reload after it was cleared). */
function PurposeForm({ onSubmit }: { onSubmit: (purpose: string) => void }) {
  const { t } = useTranslation('print');
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (purpose.trim().length < PURPOSE_MIN) return setError(t('chrome.personFile.purposeTooShort'));
    onSubmit(purpose.trim());
  }
  return (
    <Center p="md">
      <form onSubmit={submit} style={{ width: 'min(560px, 100%)' }}>
        <Stack gap="sm">
          <Textarea
            label={t('chrome.personFile.purposeLabel')}
            description={t('chrome.personFile.purposeHint')}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value)}
            error={error}
            autosize
            minRows={2}
            data-testid="person-file-purpose-input"
          />
          <Group justify="flex-end">
            <Button type="submit">{t('chrome.personFile.open')}</Button>
          </Group>
        </Stack>
      </form>
    </Center>
  );
}

function PersonFilePrint() {
  const { t } = useTranslation('print');
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const purpose = purposeFromHash(location.hash);
  const { data, loading, error, refetch } = useQuery(PersonFileDocument, {
    variables: { id, purpose: purpose ?? '' },
    skip: !purpose,
    // Each printing is a reading of its own, audited with its purpose: never served from the cache.
    fetchPolicy: 'network-only',
  });
  if (!purpose) return <PurposeForm onSubmit={(p) => navigate({ hash: purposeHash(p) }, { replace: true })} />;
  const file = data?.personFile;
  const shown = file ? sensitiveShown(user.role, file.returnee) : false;
  return (
    <PrintFrame
      pageTitle={
        file ? t('chrome.personFile.pageTitleOf', { name: file.returnee.fullName }) : t('chrome.personFile.pageTitle')
      }
      loading={loading && !data}
      error={!data ? error : undefined}
      notFound={!file}
      notFoundText={t('chrome.returnee.notFound')}
      loadFailed={t('chrome.personFile.loadFailed')}
      onRetry={() => refetch()}
      closeTo={`/returnees/${encodeURIComponent(id)}`}
    >
      {() =>
        file && (
          <>
            {!shown && (
              <div className={classes.toolbar}>
                <Alert color="yellow" variant="light" w="100%">
                  {t('chrome.returnee.hiddenNote')}
                </Alert>
              </div>
            )}
            <PersonFileSheet file={file} shown={shown} />
          </>
        )
      }
    </PrintFrame>
  );
}

/**
 * `/print/returnees/:id/file#purpose=…`: a person's whole file for printing. The purpose travels in
 * the fragment, which never reaches a server log; the API records it with the reading.
 */
export default function PersonFilePrintPage() {
  return (
    <PrintTexts fallback={<PageLoader fullPage />}>
      <JudgmentsTexts fallback={<PageLoader fullPage />}>
        <PersonFilePrint />
      </JudgmentsTexts>
    </PrintTexts>
  );
}
