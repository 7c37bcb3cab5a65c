import { DOCUMENT, formatDate, formatNumber, registerLocaleData } from '@angular/common';
import localeId from '@angular/common/locales/id';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Pillar, PillarCode, pillarByCode } from '@pantau/domain';
import { Dictionary, TranslationKey } from './dictionary';
import { ID } from './id';
import { interpolate, TranslateParams } from './interpolate';
import { DEFAULT_LANG, isLang, Lang, LOCALE_OF } from './lang';

registerLocaleData(localeId, 'id');

const STORAGE_KEY = 'pantau.lang';

/** English is fetched on first use, so Indonesian-only visits do not download it. Loaded once per page. */
let english: Promise<Dictionary> | null = null;
function loadEnglish(): Promise<Dictionary> {
  english ??= import('./en').then((m) => m.EN);
  return english;
}

/** Runtime language switching: one build serves both languages. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly stored = this.readStoredLang();
  /** Until the stored language's dictionary has arrived the page speaks Indonesian. */
  private readonly state = signal<Lang>('id');
  private readonly loaded = signal<Partial<Record<Lang, Dictionary>>>({ id: ID });

  readonly lang = this.state.asReadonly();
  readonly locale = computed(() => LOCALE_OF[this.state()]);
  private readonly dictionary = computed(() => this.loaded()[this.state()] ?? ID);

  constructor() {
    this.document.documentElement.lang = 'id';
  }

  /** Resolves once the stored language is ready; the app waits for it before the first render. */
  ready(): Promise<void> {
    return this.stored === DEFAULT_LANG ? Promise.resolve() : this.setLang(this.stored, false);
  }

  /**
   * Switches once the language's words are loaded (at once when they already are). The choice is remembered
   * first, so that leaving the page while the words load does not lose it.
   */
  async setLang(lang: Lang, remember = true): Promise<void> {
    if (remember) {
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // Private mode or disabled storage: the choice lasts for this visit only.
      }
    }
    if (!this.loaded()[lang]) {
      const dictionary = await loadEnglish();
      this.loaded.update((d) => ({ ...d, [lang]: dictionary }));
    }
    this.state.set(lang);
    this.document.documentElement.lang = lang;
  }

  translate(key: TranslationKey, params?: TranslateParams): string {
    return interpolate(this.dictionary()[key] ?? key, params);
  }

  /** Picks the current language from the domain's `{ id, en }` name records. */
  name(names: { readonly id: string; readonly en: string }): string {
    return names[this.state()];
  }

  pillarName(pillar: Pillar | PillarCode): string {
    const p = typeof pillar === 'string' ? pillarByCode(pillar) : pillar;
    return this.state() === 'id' ? p.nameId : p.nameEn;
  }

  number(value: number | null | undefined, digits = '1.0-1'): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    return formatNumber(value, this.locale(), digits);
  }

  percent(value: number | null | undefined, digits = '1.0-1'): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    return this.translate('format.percent', { value: this.number(value, digits) });
  }

  date(value: string | number | Date | null | undefined, format = 'mediumDate'): string {
    if (value === null || value === undefined || value === '') return '–';
    return formatDate(value, format, this.locale());
  }

  private readStoredLang(): Lang {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      return isLang(stored) ? stored : DEFAULT_LANG;
    } catch {
      return DEFAULT_LANG;
    }
  }
}
