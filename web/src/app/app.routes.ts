import { Routes } from '@angular/router';
import { AREA_ROLES } from './core/auth/access';
import { authGuard, guestGuard, redirectHome, roleGuard } from './core/auth/guards';
import { Shell } from './core/layout/shell';

// Route titles are dictionary keys; I18nTitleStrategy translates them.
export const routes: Routes = [
  {
    path: 'login',
    title: 'login.title',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/login/login.page'),
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    canActivateChild: [roleGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: redirectHome },
      {
        path: 'overview',
        title: 'nav.overview',
        data: { roles: AREA_ROLES.overview },
        loadComponent: () => import('./features/overview/overview.page'),
      },
      {
        path: 'matrix',
        title: 'nav.matrix',
        data: { roles: AREA_ROLES.matrix },
        loadComponent: () => import('./features/matrix/matrix.page'),
      },
      {
        path: 'agencies/:id',
        title: 'agency.title',
        data: { roles: AREA_ROLES.agency },
        loadComponent: () => import('./features/agency/agency.page'),
      },
      {
        path: 'evaluate',
        title: 'nav.evaluate',
        data: { roles: AREA_ROLES.evaluate },
        loadComponent: () => import('./features/evaluate/evaluate.page'),
      },
      {
        // Notification links name an item; this finds its agency page.
        path: 'items/:id',
        title: 'agency.title',
        data: { roles: AREA_ROLES.agency },
        loadComponent: () => import('./features/agency/item-redirect.page'),
      },
      {
        path: 'follow-ups',
        title: 'nav.followUps',
        data: { roles: AREA_ROLES.followUps },
        loadComponent: () => import('./features/follow-ups/follow-ups.page'),
      },
      {
        // One follow-up, as linked from notifications: the inbox opened at that follow-up.
        path: 'follow-ups/:id',
        title: 'nav.followUps',
        data: { roles: AREA_ROLES.followUps },
        loadComponent: () => import('./features/follow-ups/follow-ups.page'),
      },
      {
        path: 'follow-up-window',
        title: 'nav.followUpWindow',
        data: { roles: AREA_ROLES.followUpWindow },
        loadComponent: () => import('./features/follow-up-window/follow-up-window.page'),
      },
      {
        path: 'admin',
        title: 'nav.admin',
        data: { roles: AREA_ROLES.admin },
        loadComponent: () => import('./features/admin/admin.page'),
        loadChildren: () => import('./features/admin/admin.routes'),
      },
      {
        path: '**',
        title: 'notFound.title',
        loadComponent: () => import('./features/not-found/not-found.page'),
      },
    ],
  },
];
