import { Role } from '@pantau/domain';
import { AppArea, canSee } from '../auth/access';
import { TranslationKey } from '../i18n/dictionary';

export interface NavItem {
  area: AppArea;
  path: string;
  label: TranslationKey;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { area: 'overview', path: '/overview', label: 'nav.overview' },
  { area: 'matrix', path: '/matrix', label: 'nav.matrix' },
  { area: 'evaluate', path: '/evaluate', label: 'nav.evaluate' },
  { area: 'followUps', path: '/follow-ups', label: 'nav.followUps' },
  { area: 'followUpWindow', path: '/follow-up-window', label: 'nav.followUpWindow' },
  { area: 'admin', path: '/admin', label: 'nav.admin' },
];

export function navFor(role: Role | null): NavItem[] {
  return NAV_ITEMS.filter((item) => canSee(role, item.area));
}
