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
const TasksPage = lazy(() => import('./features/tasks/tasks-page'));
const MyPeoplePage = lazy(() => import('./features/my-people/my-people-page'));

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
      { path: '/returnees/:id', element: <ReturneeDetailPage /> },
      { path: '/tasks', element: <TasksPage /> },
      { path: '/my-people', element: <MyPeoplePage /> },
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
