import { can, Permission } from '@hoanhap/shared';
import { Alert, Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-header';
import type { AcceptCasePackageMutation } from '../../gql/graphql';
import { HANDOVER_NS, HandoverTexts } from '../../i18n/handover';
import { useCurrentUser } from '../auth/current-user';
import { AcceptPackageForm } from './accept-package-form';
import type { CasePackagePreview } from './case-package-requests';
import { PackagePreview } from './package-preview';
import { PackageUpload } from './package-upload';

type Accepted = AcceptCasePackageMutation['acceptCasePackage'];

function Done({ person, onAnother }: { person: Accepted; onAnother: () => void }) {
  const { t } = useTranslation(HANDOVER_NS);
  return (
    <Stack gap="sm" data-testid="package-accepted">
      <Alert color="green" variant="light" role="status" title={t('receive.done.title')}>
        <Text size="sm">{t('receive.done.body', { name: person.fullName })}</Text>
      </Alert>
      <Group>
        <Anchor component={Link} to={`/returnees/${encodeURIComponent(person.id)}`}>
          {t('receive.done.open', { name: person.fullName })}
        </Anchor>
        <Button variant="default" onClick={onAnother}>
          {t('receive.done.another')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * "Tiếp nhận hồ sơ chuyển đến" (/case-packages): the receiving officer uploads the package another
 * deployment sent, reads what the API verified, matches or creates the person, and accepts.
 */
function CasePackagesScreen() {
  const { t } = useTranslation(HANDOVER_NS);
  useDocumentTitle(`${t('receive.title')} · ${t('app.name', { ns: 'translation' })}`);
  const me = useCurrentUser();
  const [preview, setPreview] = useState<CasePackagePreview | null>(null);
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const restart = () => {
    setPreview(null);
    setAccepted(null);
  };
  if (!can(me.role, Permission.WRITE_CASES)) {
    return (
      <Alert color="yellow" variant="light" role="alert">
        {t('errors.FORBIDDEN', { ns: 'translation' })}
      </Alert>
    );
  }
  return (
    <Stack gap="xl">
      <PageTitle title={t('receive.title')} intro={t('receive.intro')} />
      <Card withBorder padding="lg">
        {accepted ? (
          <Done person={accepted} onAnother={restart} />
        ) : preview ? (
          <Stack gap="lg">
            <PackagePreview preview={preview} />
            <AcceptPackageForm preview={preview} onAccepted={setAccepted} onCancel={restart} />
          </Stack>
        ) : (
          <PackageUpload onPreview={setPreview} />
        )}
      </Card>
    </Stack>
  );
}

export default function CasePackagesPage() {
  return (
    <HandoverTexts>
      <CasePackagesScreen />
    </HandoverTexts>
  );
}
