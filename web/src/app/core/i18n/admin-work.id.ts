/** Words of the admin's coordinator users, per-agency assignments, job results and notification periods (Bahasa Indonesia). */
export const ADMIN_WORK_ID = {
  'userForm.province': 'Provinsi',
  'userForm.provinceHint':
    'Tim koordinasi provinsi (Biro Organisasi bersama BPSDM) memantau provinsinya dan setiap kabupaten/kota di dalamnya; hanya instansi bertipe provinsi yang dapat dipilih.',
  'userForm.provinceRequired': 'Pilih provinsi tim koordinasi ini.',
  'userForm.notAProvince': 'Tim koordinasi hanya dapat terikat pada instansi bertipe provinsi.',
  'users.coordinatesProvince': '{province} beserta kabupaten/kotanya',
  'jobCount.periodsChecked': '{count} periode diperiksa',
  'jobCount.itemsChecked': '{count} butir diperiksa',
  'jobCount.itemsOverdue': '{count} butir terlambat dipublikasikan',
  'jobCount.followUpsWaiting': '{count} tindak lanjut menunggu tanggapan',
  'jobCount.followUpsReminded': '{count} tindak lanjut diingatkan',
  'jobCount.remindersSent': '{count} pengingat dikirim',
  'jobCount.followUpsOverdue': '{count} tindak lanjut melewati tenggat',
  'jobCount.agenciesScored': '{count} instansi bernilai',
  'jobCount.snapshotsTaken': '{count} rekaman skor baru disimpan',
  'jobCount.notificationsSent': '{count} pemberitahuan dikirim',
  'jobCount.agencies': '{count} instansi',
  'jobCount.items': '{count} butir',
  'jobCount.periods': '{count} periode',
  'jobCount.overdue': '{count} terlambat',
  'jobCount.digests': '{notifications} pemberitahuan ringkas dikirim ke {agencies} tim instansi',
} as const;
