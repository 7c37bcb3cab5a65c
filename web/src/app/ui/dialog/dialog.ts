import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  input,
  model,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';

let nextId = 0;

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page behind it inert and closes it
 * on Escape. Focus goes back to whatever had it before the dialog opened.
 */
@Component({
  selector: 'pantau-dialog',
  imports: [TranslatePipe],
  template: `
    <dialog
      #dialog
      class="dialog"
      [class.dialog--wide]="wide()"
      [attr.aria-labelledby]="titleId"
      (close)="open.set(false)"
      (cancel)="onCancel($event)"
    >
      <header class="dialog__header">
        <h2 class="dialog__title" [id]="titleId">{{ heading() }}</h2>
        <button type="button" class="dialog__close" [attr.aria-label]="'common.close' | t" (click)="open.set(false)">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div class="dialog__body">
        <ng-content />
      </div>
    </dialog>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Dialog {
  readonly heading = input.required<string>();
  readonly open = model(false);
  readonly wide = input(false);
  /** Blocks Escape while something must finish, such as a request that is on its way. */
  readonly busy = input(false);

  protected readonly titleId = `dialog-title-${++nextId}`;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private returnFocus: HTMLElement | null = null;

  constructor() {
    effect(() => {
      const open = this.open();
      const el = this.dialog().nativeElement;
      untracked(() => (open ? this.show(el) : this.hide(el)));
    });
  }

  protected onCancel(event: Event): void {
    if (this.busy()) event.preventDefault();
  }

  private show(el: HTMLDialogElement): void {
    if (el.open) return;
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the attribute is enough there.
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
    const first = el.querySelector<HTMLElement>(
      '[autofocus], .dialog__body input, .dialog__body select, .dialog__body textarea, .dialog__body button',
    );
    first?.focus();
  }

  private hide(el: HTMLDialogElement): void {
    if (!el.open && !el.hasAttribute('open')) return;
    if (typeof el.close === 'function') el.close();
    else el.removeAttribute('open');
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) setTimeout(() => target.focus(), 0);
  }
}
