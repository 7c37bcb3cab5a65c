import { ADMIN_WORK_ID } from './admin-work.id';

export const ADMIN_WORK_EN: Readonly<Record<keyof typeof ADMIN_WORK_ID, string>> = {
  'userForm.province': 'Province',
  'userForm.provinceHint':
    'A provincial coordination team (Biro Organisasi with BPSDM) follows its province and every regency and city in it; only agencies of type province can be chosen.',
  'userForm.provinceRequired': "Choose this coordination team's province.",
  'userForm.notAProvince': 'A coordination team can only belong to an agency of type province.',
  'users.coordinatesProvince': '{province} with its regencies and cities',
  'jobCount.periodsChecked': '{count} periods checked',
  'jobCount.itemsChecked': '{count} items checked',
  'jobCount.itemsOverdue': '{count} items overdue for publication',
  'jobCount.followUpsWaiting': '{count} follow-ups awaiting an answer',
  'jobCount.followUpsReminded': '{count} follow-ups reminded',
  'jobCount.remindersSent': '{count} reminders sent',
  'jobCount.followUpsOverdue': '{count} follow-ups past their due date',
  'jobCount.agenciesScored': '{count} agencies with scores',
  'jobCount.snapshotsTaken': '{count} new score snapshots saved',
  'jobCount.notificationsSent': '{count} notifications sent',
  'jobCount.agencies': '{count} agencies',
  'jobCount.items': '{count} items',
  'jobCount.periods': '{count} periods',
  'jobCount.overdue': '{count} overdue',
  'jobCount.digests': '{notifications} digest notifications sent to {agencies} agency teams',
};
