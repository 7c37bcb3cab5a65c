import { HttpErrorResponse } from '@angular/common/http';
import { RetryLaterBody } from '@pantau/domain';
import { TranslationKey } from '../i18n/dictionary';
import { TranslateParams } from '../i18n/interpolate';

/** Seconds to wait after too many failed passwords (429 "sign-in-delayed"), or null for any other failure. */
export function signInWaitSeconds(failure: unknown): number | null {
  if (!(failure instanceof HttpErrorResponse) || failure.status !== 429) return null;
  const body = failure.error as Partial<RetryLaterBody> | null;
  const seconds = body?.code === 'sign-in-delayed' ? body.params?.seconds : undefined;
  return typeof seconds === 'number' && seconds > 0 ? seconds : null;
}

/** "30 detik", "2 menit": seconds up to a minute and a half, then whole minutes rounded up. */
export function waitText(
  translate: (key: TranslationKey, params?: TranslateParams) => string,
  seconds: number,
): string {
  return seconds < 90
    ? translate('duration.seconds', { seconds })
    : translate('duration.minutes', { minutes: Math.ceil(seconds / 60) });
}
