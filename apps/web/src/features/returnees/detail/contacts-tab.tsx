import { CASE_FILE_CONTACTS, CONTACT_CHANNEL_LABELS, formatDateVi } from '@hoanhap/shared';
import { Card, Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../components/enum-label';
import { ContactForm } from '../forms/contact-form';
import type { ContactsTabFieldsFragment } from '../../../gql/graphql';

export function ContactsTab({ returnee, canRecord }: { returnee: ContactsTabFieldsFragment; canRecord: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Stack gap="lg">
      {canRecord && (
        <Card withBorder padding="md">
          <Title order={3} size="h5" mb="sm">
            {t('returnee.contacts.record')}
          </Title>
          <ContactForm returneeId={returnee.id} />
        </Card>
      )}
      {returnee.contacts.length === 0 ? (
        <Text c="dimmed">{t('returnee.contacts.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }} data-testid="contact-list">
          {returnee.contacts.map((contact) => (
            <Card key={contact.id} withBorder padding="sm" component="li">
              <Text fw={600} size="sm">
                {formatDateVi(contact.contactedOn)} · {label(CONTACT_CHANNEL_LABELS, contact.channel)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('returnee.timeline.by', { name: contact.recordedBy.displayName })}
              </Text>
              <Divider my={6} />
              <Text size="sm" c={contact.notes ? undefined : 'dimmed'} fs={contact.notes ? undefined : 'italic'}>
                {contact.notes ?? t('returnee.contacts.notesHidden')}
              </Text>
              {contact.nextAction && (
                <Text size="sm" mt={4}>
                  <strong>{t('returnee.contacts.nextAction')}:</strong> {contact.nextAction}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}
      {returnee.contacts.length >= CASE_FILE_CONTACTS && (
        <Text size="sm" c="dimmed" data-testid="contacts-older-not-shown">
          {t('returnee.contacts.olderNotShown', { count: CASE_FILE_CONTACTS })}
        </Text>
      )}
    </Stack>
  );
}
