import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { LANGS } from '../../core/i18n/lang';

@Component({
  selector: 'pantau-lang-switch',
  imports: [TranslatePipe],
  template: `
    @for (lang of langs; track lang) {
      <button
        type="button"
        class="lang-switch__button"
        [attr.aria-pressed]="i18n.lang() === lang"
        [attr.lang]="lang"
        [attr.title]="(lang === 'id' ? 'lang.id' : 'lang.en') | t"
        (click)="i18n.setLang(lang)"
      >
        {{ lang.toUpperCase() }}
      </button>
    }
  `,
  styleUrl: './lang-switch.css',
  host: { class: 'lang-switch', role: 'group', '[attr.aria-label]': 'label()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LangSwitch {
  protected readonly i18n = inject(I18nService);
  protected readonly langs = LANGS;
  protected readonly label = computed(() => this.i18n.translate('lang.label'));
}
