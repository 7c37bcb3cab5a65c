import { ADMIN_WORK_ID } from './admin-work.id';

export const ADMIN_WORK_EN: Readonly<Record<keyof typeof ADMIN_WORK_ID, string>> = {
  'userForm.province': 'Province',
  'userForm.provinceHint':
    'A provincial coordination team (Biro Organisasi with BPSDM) follows its province and every regency and city in it; only agencies of type province can be chosen.',
  'userForm.provinceRequired': "Choose this coordination team's province.",
  'userForm.notAProvince': 'A coordination team can only belong to an agency of type province.',
  'users.coordinatesProvince': '{province} with its regencies and cities',
};
