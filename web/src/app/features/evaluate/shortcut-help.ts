import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { Dialog } from '../../ui/dialog/dialog';
import { SHORTCUT_HELP } from './shortcuts';

/** The rating screen's keyboard shortcuts: a short card beside the list, and all of them in a dialog. */
@Component({
  selector: 'pantau-shortcut-help',
  imports: [I18N_PIPES, Dialog, NgTemplateOutlet],
  template: `
    <h2 class="rs-keys__title" id="rs-keys-title">{{ 'shortcuts.title' | t }}</h2>
    <ng-template #keys>
      @for (s of shortcuts; track s.label) {
        <div>
          <dt>
            @for (k of s.keys; track k) {
              <kbd>{{ k }}</kbd>
            }
          </dt>
          <dd>{{ s.label | t }}</dd>
        </div>
      }
    </ng-template>
    <dl class="shortcut-list"><ng-container *ngTemplateOutlet="keys" /></dl>
    <button type="button" class="button button--link" (click)="open.set(true)">{{ 'shortcuts.more' | t }}</button>

    <pantau-dialog [heading]="'shortcuts.title' | t" [(open)]="open">
      <p class="dialog__text">{{ 'shortcuts.intro' | t }}</p>
      <dl class="shortcut-list shortcut-list--wide"><ng-container *ngTemplateOutlet="keys" /></dl>
      <p class="field__hint">{{ 'shortcuts.typingNote' | t }}</p>
      <div class="dialog__actions">
        <button type="button" class="button button--primary" (click)="open.set(false)">
          {{ 'common.close' | t }}
        </button>
      </div>
    </pantau-dialog>
  `,
  styles: `
    :host {
      display: block;
      font-size: 0.8125rem;
    }
    .rs-keys__title {
      margin: 0 0 0.5rem;
      font-size: 0.9375rem;
    }
  `,
  host: { class: 'card rs-keys', role: 'complementary', 'aria-labelledby': 'rs-keys-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortcutHelp {
  readonly open = model(false);
  protected readonly shortcuts = SHORTCUT_HELP;
}
