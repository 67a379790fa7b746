import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { PageSuspense } from './components/page-loader';
import { CampaignsTexts } from './i18n/campaigns';
import { ImportsTexts } from './i18n/imports';
import { MyPeopleTexts } from './i18n/my-people';
import { ReturneesTexts } from './i18n/returnees';
import { TasksTexts } from './i18n/tasks';

// Each page is its own chunk so the first load stays small; the guard and the shell come with the
// signed-in part, so the login page never downloads them.
const LoginPage = lazy(() => import('./features/auth/login-page'));
const ProtectedLayout = lazy(() => import('./layout/protected-layout'));
const DashboardPage = lazy(() => import('./features/dashboard/dashboard-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));
const ReturneesListPage = lazy(() => import('./features/returnees/returnees-list-page'));
const ReturneeDetailPage = lazy(() => import('./features/returnees/returnee-detail-page'));
const RegisterReturneePage = lazy(() => import('./features/returnees/register-returnee-page'));
const ImportPage = lazy(() => import('./features/imports/import-page'));
const CampaignsListPage = lazy(() => import('./features/campaigns/campaigns-list-page'));
const CampaignPage = lazy(() => import('./features/campaigns/campaign-page'));
const CampaignPrintPage = lazy(() => import('./features/campaigns/campaign-print-page'));
const TasksPage = lazy(() => import('./features/tasks/tasks-page'));
const MyPeoplePage = lazy(() => import('./features/my-people/my-people-page'));
const ModelPage = lazy(() => import('./features/model/model-page'));
const PledgesPage = lazy(() => import('./features/pledges/pledges-page'));
const PledgeDetailPage = lazy(() => import('./features/pledges/pledge-detail-page'));
const ScoreboardPage = lazy(() => import('./features/pledges/scoreboard-page'));
const UsersPage = lazy(() => import('./features/admin/users-page'));
const ServiceAccountsPage = lazy(() => import('./features/admin/service-accounts-page'));
const AgreementsPage = lazy(() => import('./features/admin/agreements/agreements-page'));
const HolidaysPage = lazy(() => import('./features/admin/holidays-page'));
const UnitsAdminPage = lazy(() => import('./features/admin/units/units-page'));
const AuditLogPage = lazy(() => import('./features/audit/audit-log-page'));
const EmployersPage = lazy(() => import('./features/employers/employers-page'));
const EmployerDetailPage = lazy(() => import('./features/employers/employer-detail-page'));
const ChangePasswordPage = lazy(() => import('./features/account/change-password-page'));
const NotificationsPage = lazy(() => import('./features/notifications/notifications-page'));
const NotificationDeliveryPage = lazy(() => import('./features/notifications/notification-delivery-page'));
const ExportsPage = lazy(() => import('./features/export/exports-page'));
const CasePackagesPage = lazy(() => import('./features/handover/case-packages-page'));
const PartnersPage = lazy(() => import('./features/handover/partners-page'));
const WebhooksPage = lazy(() => import('./features/webhooks/webhooks-page'));
const PrintLayout = lazy(() => import('./layout/print-layout'));
const StatisticsPrintPage = lazy(() => import('./features/reports/statistics-print-page'));
const SubmittedReportsPage = lazy(() => import('./features/reports/submitted-reports-page'));
const DecisionPrintPage = lazy(() => import('./features/reports/print/decision-print-page'));
const PledgePrintPage = lazy(() => import('./features/reports/print/pledge-print-page'));
const ReturneePrintPage = lazy(() => import('./features/reports/print/returnee-print-page'));
const PersonFilePrintPage = lazy(() => import('./features/reports/print/person-file-print-page'));

export const routes: RouteObject[] = [
  { path: '/', element: <Navigate to="/dashboard" replace /> },
  {
    path: '/login',
    element: (
      <PageSuspense fullPage>
        <LoginPage />
      </PageSuspense>
    ),
  },
  {
    element: (
      <PageSuspense fullPage>
        <ProtectedLayout />
      </PageSuspense>
    ),
    children: [
      { path: '/dashboard', element: <DashboardPage /> },
      {
        path: '/returnees',
        element: (
          <ReturneesTexts>
            <ReturneesListPage />
          </ReturneesTexts>
        ),
      },
      {
        path: '/returnees/new',
        element: (
          <ReturneesTexts>
            <RegisterReturneePage />
          </ReturneesTexts>
        ),
      },
      {
        path: '/returnees/:id',
        element: (
          <ReturneesTexts>
            <TasksTexts>
              <ReturneeDetailPage />
            </TasksTexts>
          </ReturneesTexts>
        ),
      },
      {
        path: '/imports',
        element: (
          <ImportsTexts>
            <ImportPage />
          </ImportsTexts>
        ),
      },
      {
        path: '/campaigns',
        element: (
          <CampaignsTexts>
            <CampaignsListPage />
          </CampaignsTexts>
        ),
      },
      {
        path: '/campaigns/:id',
        element: (
          <CampaignsTexts>
            <CampaignPage />
          </CampaignsTexts>
        ),
      },
      {
        path: '/tasks',
        element: (
          <TasksTexts>
            <TasksPage />
          </TasksTexts>
        ),
      },
      {
        path: '/my-people',
        element: (
          <ReturneesTexts>
            <MyPeopleTexts>
              <MyPeoplePage />
            </MyPeopleTexts>
          </ReturneesTexts>
        ),
      },
      { path: '/model', element: <ModelPage /> },
      { path: '/pledges', element: <PledgesPage /> },
      { path: '/pledges/scoreboard', element: <ScoreboardPage /> },
      { path: '/pledges/:id', element: <PledgeDetailPage /> },
      { path: '/admin/users', element: <UsersPage /> },
      { path: '/admin/service-accounts', element: <ServiceAccountsPage /> },
      { path: '/admin/agreements', element: <AgreementsPage /> },
      { path: '/admin/holidays', element: <HolidaysPage /> },
      { path: '/admin/units', element: <UnitsAdminPage /> },
      { path: '/admin/partners', element: <PartnersPage /> },
      { path: '/admin/webhooks', element: <WebhooksPage /> },
      { path: '/admin/notifications', element: <NotificationDeliveryPage /> },
      { path: '/audit', element: <AuditLogPage /> },
      { path: '/employers', element: <EmployersPage /> },
      { path: '/employers/:id', element: <EmployerDetailPage /> },
      { path: '/account/password', element: <ChangePasswordPage /> },
      { path: '/notifications', element: <NotificationsPage /> },
      { path: '/exports', element: <ExportsPage /> },
      { path: '/case-packages', element: <CasePackagesPage /> },
      { path: '/reports/submissions', element: <SubmittedReportsPage /> },
    ],
  },
  {
    // Printed reports and documents: signed in, but without the app's chrome.
    element: (
      <PageSuspense fullPage>
        <PrintLayout />
      </PageSuspense>
    ),
    children: [
      { path: '/reports/statistics/print', element: <StatisticsPrintPage /> },
      { path: '/print/committees/:id/decision', element: <DecisionPrintPage /> },
      { path: '/print/pledges/:id', element: <PledgePrintPage /> },
      { path: '/print/returnees/:id', element: <ReturneePrintPage /> },
      { path: '/print/returnees/:id/file', element: <PersonFilePrintPage /> },
      { path: '/print/campaigns/:id', element: <CampaignPrintPage /> },
    ],
  },
  {
    path: '*',
    element: (
      <PageSuspense fullPage>
        <NotFoundPage />
      </PageSuspense>
    ),
  },
];
