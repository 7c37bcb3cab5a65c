import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslationKey } from './dictionary';
import { I18nService } from './i18n.service';
import { TranslateParams } from './interpolate';

// These pipes are impure on purpose: they read the language signal, so a switch re-renders them.

@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslateParams): string {
    return this.i18n.translate(key, params);
  }
}

@Pipe({ name: 'num', pure: false })
export class NumberPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined, digits?: string): string {
    return this.i18n.number(value, digits);
  }
}

@Pipe({ name: 'pct', pure: false })
export class PercentPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined, digits?: string): string {
    return this.i18n.percent(value, digits);
  }
}

@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | number | Date | null | undefined, format?: string): string {
    return this.i18n.date(value, format);
  }
}

export const I18N_PIPES = [TranslatePipe, NumberPipe, PercentPipe, LocalDatePipe] as const;
