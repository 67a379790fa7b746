import { useQuery } from '@apollo/client/react';
import { todayInVietnam } from '@hoanhap/shared';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { ReturneePrintDocument } from '../../../gql/graphql';
import { PrintTexts } from '../../../i18n/print';
import { useCurrentUser } from '../../auth/current-user';
import { PrintFrame } from './print-frame';
import { printClasses as classes } from './print-sheet';
import { InformationSheet } from './returnee-information-sheet';
import { returneeSheetContent } from './returnee-sheet-content';
import { sensitiveShown } from './sensitive-fields';

function ReturneePrint() {
  const { t } = useTranslation('print');
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(ReturneePrintDocument, { variables: { id } });
  const person = data?.returnee;
  const shown = person ? sensitiveShown(user.role, person) : false;
  const content = person && returneeSheetContent(person, shown, t);
  return (
    <PrintFrame
      pageTitle={person?.fullName ?? t('chrome.returnee.pageTitle')}
      loading={loading && !data}
      error={!data ? error : undefined}
      notFound={!person}
      notFoundText={t('chrome.returnee.notFound')}
      loadFailed={t('chrome.returnee.loadFailed')}
      onRetry={() => refetch()}
      closeTo={`/returnees/${encodeURIComponent(id)}`}
      saveDocx={
        content
          ? () => import('../docx/returnee-docx').then((m) => m.saveReturneeDocx(content, todayInVietnam()))
          : undefined
      }
    >
      {() =>
        content && (
          <>
            {!shown && (
              <div className={classes.toolbar}>
                <Alert color="yellow" variant="light" w="100%">
                  {t('chrome.returnee.hiddenNote')}
                </Alert>
              </div>
            )}
            <InformationSheet content={content} />
          </>
        )
      }
    </PrintFrame>
  );
}

/** `/print/returnees/:id`: a person's information sheet, with sensitive fields only as the API gives them. */
export default function ReturneePrintPage() {
  return (
    <PrintTexts fallback={<PageLoader fullPage />}>
      <ReturneePrint />
    </PrintTexts>
  );
}
