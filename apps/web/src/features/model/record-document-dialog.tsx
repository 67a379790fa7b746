import { useMutation } from '@apollo/client/react';
import { DocumentKind, todayInVietnam } from '@hoanhap/shared';
import { Checkbox, FileInput, Group, Modal, Progress, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field';
import { useEnumLabel } from '../../components/enum-label';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { type ModelDocumentFragment, RecordDocumentDocument } from '../../gql/graphql';
import { DOCUMENT_KIND_LABELS } from '../pledges/labels';
import {
  ACCEPTED_FILES,
  declaredType,
  fileProblem,
  INLINE_FILE_BYTES,
  readBase64,
  type UploadFailure,
  uploadDocumentFile,
} from './document-file';
import { FormError } from '../../components/forms/form-error';
import { DialogFooter } from '../../components/forms/dialog-footer';
import { fieldProps, textProps } from '../../components/forms/bound-field';

const FIELDS = [
  'kind',
  'numberSymbol',
  'issuedOn',
  'issuer',
  'title',
  'summary',
  'modelId',
  'committeeId',
  'file',
] as const;
const KINDS: readonly DocumentKind[] = [
  DocumentKind.RESOLUTION,
  DocumentKind.PLAN,
  DocumentKind.DECISION,
  DocumentKind.OPERATING_RULES,
  DocumentKind.REPORT,
  DocumentKind.PLEDGE,
  DocumentKind.MINUTES,
];

interface RecordDocumentDialogProps {
  modelId: string;
  committees: readonly { id: string; name: string }[];
  opened: boolean;
  onClose: () => void;
  /** After the document (and its file) is stored: the page reads its list again. */
  onRecorded: (document: ModelDocumentFragment) => void;
}

/** "Thêm văn bản": the document's particulars, its links to the model and committee, and its file. */
export function RecordDocumentDialog(props: RecordDocumentDialogProps) {
  // Mounted afresh each time it opens: no half-filled form or stale upload from last time.
  return props.opened ? <RecordDocumentForm {...props} /> : null;
}

function RecordDocumentForm({ modelId, committees, onClose, onRecorded }: RecordDocumentDialogProps) {
  const { t, i18n } = useTranslation('model');
  const label = useEnumLabel();
  const { errors, setErrors, invalid, reset, reason, submitting, submit } = useMutationForm({
    fields: FIELDS,
    ns: 'model',
  });
  const [record] = useMutation(RecordDocumentDocument);
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [numberSymbol, setNumberSymbol] = useState('');
  const [issuedOn, setIssuedOn] = useState<string | null>(todayInVietnam());
  const [issuer, setIssuer] = useState('');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [linkModel, setLinkModel] = useState(true);
  const [committeeId, setCommitteeId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  /** Set once the document is stored but its (large) file still has to go up. */
  const [pending, setPending] = useState<ModelDocumentFragment | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const busy = submitting || progress !== null;

  function uploadFailureMessage(failure: UploadFailure): string {
    if (failure.reason) return reason(failure.reason);
    const key = `errors.${failure.code}`;
    return i18n.exists(key)
      ? t(key as 'errors.UNKNOWN', { ns: 'translation' })
      : t('errors.UNKNOWN', { ns: 'translation' });
  }

  async function upload(doc: ModelDocumentFragment, chosen: File) {
    setProgress(0);
    try {
      await uploadDocumentFile(doc.id, chosen, setProgress);
      onRecorded(doc);
      onClose();
    } catch (failure) {
      const message = uploadFailureMessage(failure as UploadFailure);
      setErrors({ fields: { file: message }, form: t('model.record.uploadFailed', { reason: message }) });
    } finally {
      setProgress(null);
    }
  }

  function close() {
    // A document already stored (its file failed) is in the list anyway.
    if (pending) onRecorded(pending);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending && file) return upload(pending, file);
    const fields: Record<string, string> = {};
    if (!kind) fields.kind = reason('REQUIRED');
    if (!issuedOn) fields.issuedOn = reason('REQUIRED');
    if (issuer.trim().length < 2) fields.issuer = reason('REQUIRED');
    if (title.trim().length < 2) fields.title = reason('REQUIRED');
    const problem = file ? fileProblem(file) : null;
    if (problem) fields.file = reason(problem);
    if (Object.keys(fields).length > 0 || !kind || !issuedOn) return invalid(fields);
    reset();
    const inline = file && file.size <= INLINE_FILE_BYTES ? file : null;
    const send = async () =>
      record({
        variables: {
          input: {
            kind,
            numberSymbol: numberSymbol.trim() || null,
            issuedOn,
            issuer: issuer.trim(),
            title: title.trim(),
            summary: summary.trim() || null,
            modelId: linkModel ? modelId : null,
            committeeId,
            file: inline
              ? {
                  name: inline.name,
                  mimeType: declaredType(inline) ?? inline.type,
                  contentBase64: await readBase64(inline),
                }
              : null,
          },
        },
      });
    await submit(send, async (result) => {
      const doc = result.data?.recordDocument;
      if (!doc) return;
      if (file && !inline) {
        setPending(doc);
        return upload(doc, file);
      }
      onRecorded(doc);
      onClose();
    });
  }

  const locked = pending !== null;
  return (
    <Modal opened onClose={close} title={t('model.record.title')} size="lg" closeOnClickOutside={!busy}>
      <form onSubmit={onSubmit} noValidate data-testid="record-document-form" aria-busy={busy}>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={t('model.record.kind')}
              data={KINDS.map((value) => ({ value, label: label(DOCUMENT_KIND_LABELS, value) }))}
              value={kind}
              onChange={(value) => setKind(KINDS.find((k) => k === value) ?? null)}
              error={errors.fields.kind}
              comboboxProps={{ withinPortal: false }}
              disabled={locked}
              required
              data-autofocus
            />
            <TextInput
              label={t('model.record.numberSymbol')}
              placeholder={t('model.record.numberSymbolPlaceholder')}
              disabled={locked}
              {...textProps(errors, 'numberSymbol', numberSymbol, setNumberSymbol)}
            />
          </Group>
          <Group grow align="flex-start">
            <DateField
              label={t('model.record.issuedOn')}
              disabled={locked}
              required
              {...fieldProps(errors, 'issuedOn', issuedOn, setIssuedOn)}
            />
            <TextInput
              label={t('model.record.issuer')}
              disabled={locked}
              required
              {...textProps(errors, 'issuer', issuer, setIssuer)}
            />
          </Group>
          <TextInput
            label={t('model.record.docTitle')}
            disabled={locked}
            required
            {...textProps(errors, 'title', title, setTitle)}
          />
          <Textarea
            label={t('model.record.summary')}
            disabled={locked}
            autosize
            minRows={2}
            maxLength={5000}
            {...textProps(errors, 'summary', summary, setSummary)}
          />
          <Checkbox
            label={t('model.record.linkModel')}
            checked={linkModel}
            onChange={(e) => setLinkModel(e.currentTarget.checked)}
            error={errors.fields.modelId}
            disabled={locked}
          />
          {committees.length > 0 && (
            <Select
              label={t('model.record.linkCommittee')}
              placeholder={t('model.record.noCommittee')}
              data={committees.map((c) => ({ value: c.id, label: c.name }))}
              comboboxProps={{ withinPortal: false }}
              disabled={locked}
              clearable
              {...fieldProps(errors, 'committeeId', committeeId, setCommitteeId)}
            />
          )}
          <FileInput
            label={t('model.record.file')}
            description={t('model.record.fileHint')}
            placeholder={t('model.record.filePlaceholder')}
            accept={ACCEPTED_FILES}
            value={file}
            onChange={(next) => {
              setFile(next);
              const problem = next ? fileProblem(next) : null;
              setErrors((prev) => ({ ...prev, fields: { ...prev.fields, file: problem ? reason(problem) : '' } }));
            }}
            error={errors.fields.file || undefined}
            disabled={busy}
            clearable
          />
          {progress !== null && (
            <Stack gap={4} data-testid="upload-progress">
              <Text size="sm">{t('model.record.uploading', { percent: progress })}</Text>
              <Progress value={progress} aria-label={t('model.record.uploading', { percent: progress })} animated />
            </Stack>
          )}
          <FormError message={errors.form} />
          <DialogFooter
            onCancel={close}
            submitting={busy}
            lockCancel
            submitLabel={locked ? t('model.record.retryUpload') : t('model.record.submit')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
