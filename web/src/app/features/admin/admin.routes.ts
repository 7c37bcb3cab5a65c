import { Routes } from '@angular/router';

/** Each admin section has its own URL, so a link can open it directly. */
export default [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  { path: 'users', title: 'admin.tab.users', loadComponent: () => import('./users/admin-users.page') },
  {
    path: 'assignments',
    title: 'admin.tab.assignments',
    loadComponent: () => import('./assignments/admin-assignments.page'),
  },
  { path: 'periods', title: 'admin.tab.periods', loadComponent: () => import('./periods/admin-periods.page') },
  { path: 'imports', title: 'admin.tab.imports', loadComponent: () => import('./imports/admin-imports.page') },
  { path: 'jobs', title: 'admin.tab.jobs', loadComponent: () => import('./jobs/admin-jobs.page') },
  { path: 'audit', title: 'admin.tab.audit', loadComponent: () => import('./audit/admin-audit.page') },
] satisfies Routes;
