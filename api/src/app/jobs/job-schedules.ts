/**
 * When each job runs, in Jakarta time. All times fall between 07:00 and 24:00 WIB, where the Indonesian
 * and the UTC calendars agree on the date, so "today" in SQL means the same day whichever the database uses.
 */
export const JOB_SCHEDULES = {
  'follow-up-overdue': '0 5 7 * * *',
  'follow-up-reminders': '0 10 7 * * *',
  'publication-overdue-scan': '0 15 7 * * *',
  'score-snapshot': '0 30 23 * * *',
} as const;

export type JobName = keyof typeof JOB_SCHEDULES;

export const JOB_TIME_ZONE = 'Asia/Jakarta';
