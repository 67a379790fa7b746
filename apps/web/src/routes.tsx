import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { PageSuspense } from './components/page-loader';

// Each page is its own chunk so the first load stays small; the guard and the shell come with the
// signed-in part, so the login page never downloads them.
const LoginPage = lazy(() => import('./features/auth/login-page'));
const ProtectedLayout = lazy(() => import('./layout/protected-layout'));
const DashboardPage = lazy(() => import('./features/dashboard/dashboard-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));
const ReturneesListPage = lazy(() => import('./features/returnees/returnees-list-page'));
const ReturneeDetailPage = lazy(() => import('./features/returnees/returnee-detail-page'));
const RegisterReturneePage = lazy(() => import('./features/returnees/register-returnee-page'));
const TasksPage = lazy(() => import('./features/tasks/tasks-page'));
const MyPeoplePage = lazy(() => import('./features/my-people/my-people-page'));
const ModelPage = lazy(() => import('./features/model/model-page'));
const PledgesPage = lazy(() => import('./features/pledges/pledges-page'));
const PledgeDetailPage = lazy(() => import('./features/pledges/pledge-detail-page'));
const ScoreboardPage = lazy(() => import('./features/pledges/scoreboard-page'));
const UsersPage = lazy(() => import('./features/admin/users-page'));
const ServiceAccountsPage = lazy(() => import('./features/admin/service-accounts-page'));
const ChangePasswordPage = lazy(() => import('./features/account/change-password-page'));
const PrintLayout = lazy(() => import('./layout/print-layout'));
const StatisticsPrintPage = lazy(() => import('./features/reports/statistics-print-page'));

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
      { path: '/returnees', element: <ReturneesListPage /> },
      { path: '/returnees/new', element: <RegisterReturneePage /> },
      { path: '/returnees/:id', element: <ReturneeDetailPage /> },
      { path: '/tasks', element: <TasksPage /> },
      { path: '/my-people', element: <MyPeoplePage /> },
      { path: '/model', element: <ModelPage /> },
      { path: '/pledges', element: <PledgesPage /> },
      { path: '/pledges/scoreboard', element: <ScoreboardPage /> },
      { path: '/pledges/:id', element: <PledgeDetailPage /> },
      { path: '/admin/users', element: <UsersPage /> },
      { path: '/admin/service-accounts', element: <ServiceAccountsPage /> },
      { path: '/account/password', element: <ChangePasswordPage /> },
    ],
  },
  {
    // Printed reports: signed in, but without the app's chrome.
    element: (
      <PageSuspense fullPage>
        <PrintLayout />
      </PageSuspense>
    ),
    children: [{ path: '/reports/statistics/print', element: <StatisticsPrintPage /> }],
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
