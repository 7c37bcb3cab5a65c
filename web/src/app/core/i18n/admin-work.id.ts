/** Words of the admin's coordinator users, per-agency assignments, job results and notification periods (Bahasa Indonesia). */
export const ADMIN_WORK_ID = {
  'userForm.province': 'Provinsi',
  'userForm.provinceHint':
    'Tim koordinasi provinsi (Biro Organisasi bersama BPSDM) memantau provinsinya dan setiap kabupaten/kota di dalamnya; hanya instansi bertipe provinsi yang dapat dipilih.',
  'userForm.provinceRequired': 'Pilih provinsi tim koordinasi ini.',
  'userForm.notAProvince': 'Tim koordinasi hanya dapat terikat pada instansi bertipe provinsi.',
  'users.coordinatesProvince': '{province} beserta kabupaten/kotanya',
} as const;
