import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { CellColor, COLOR_NAMES, COLOR_SYMBOLS, ItemView } from '@pantau/domain';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { RatingSession } from './rating-session';

/** Keeps `item` within the visible part of the list `scroller`, scrolling the list only (never the page). */
export function keepInView(scroller: HTMLElement, item: HTMLElement): void {
  const list = scroller.getBoundingClientRect();
  const box = item.getBoundingClientRect();
  if (box.top < list.top) scroller.scrollTop -= list.top - box.top;
  else if (box.bottom > list.bottom) scroller.scrollTop += box.bottom - list.bottom;
}

/** The agency's items with their colour and save state; the current one stays in view as the evaluator moves. */
@Component({
  selector: 'pantau-rating-item-list',
  imports: [I18N_PIPES],
  template: `
    <div class="rs-list__head">
      <h2 class="rs-list__title">{{ 'rating.items' | t: { count: (session.total() | num: '1.0-0') } }}</h2>
      <label class="checkbox rs-list__filter">
        <input type="checkbox" [checked]="onlyUnrated()" (change)="onlyUnrated.set($any($event.target).checked)" />
        <span>{{ 'rating.onlyUnrated' | t }}</span>
      </label>
    </div>
    <ol class="rs-list__items" #scroller>
      @for (item of listed(); track item.id) {
        <li>
          <button
            type="button"
            class="rs-list__item"
            [attr.aria-current]="item.id === session.current()?.id ? 'true' : null"
            (click)="choose.emit(item.id)"
          >
            <span class="dot dot--symbol tl-{{ colorOf(item) }}" aria-hidden="true">{{ symbol(colorOf(item)) }}</span>
            <span class="rs-list__text">{{ item.title }}</span>
            <span class="visually-hidden">, {{ colorName(colorOf(item)) }}</span>
            @switch (session.saveStateOf(item)?.state) {
              @case ('saving') {
                <span class="spinner spinner--small" aria-hidden="true"></span>
                <span class="visually-hidden">, {{ 'rating.statusSaving' | t }}</span>
              }
              @case ('conflict') {
                <span class="rs-list__flag rs-list__flag--alert" aria-hidden="true">⇄</span>
                <span class="visually-hidden">, {{ 'rating.statusConflict' | t }}</span>
              }
              @case ('error') {
                <span class="rs-list__flag rs-list__flag--alert" aria-hidden="true">⚠</span>
                <span class="visually-hidden">, {{ 'rating.statusError' | t }}</span>
              }
              @default {
                @if (session.isItemDirty(item)) {
                  <span class="rs-list__flag" aria-hidden="true">●</span>
                  <span class="visually-hidden">, {{ 'rating.statusDirty' | t }}</span>
                }
              }
            }
          </button>
        </li>
      }
    </ol>
  `,
  styleUrl: './rating-item-list.css',
  host: { class: 'card rs-list', role: 'navigation', '[attr.aria-label]': 'label()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingItemList {
  protected readonly session = inject(RatingSession);
  private readonly i18n = inject(I18nService);

  readonly choose = output<number>();

  protected readonly onlyUnrated = signal(false);
  private readonly scroller = viewChild.required<ElementRef<HTMLElement>>('scroller');

  protected readonly label = computed(() => this.i18n.translate('rating.itemList'));
  protected readonly listed = computed(() => {
    const current = this.session.current();
    const items = this.session.items();
    return this.onlyUnrated() ? items.filter((i) => !i.rating || i.id === current?.id) : items;
  });

  constructor() {
    afterRenderEffect(() => {
      this.session.current();
      this.listed();
      const scroller = this.scroller().nativeElement;
      const item = scroller.querySelector<HTMLElement>('[aria-current="true"]');
      if (item) keepInView(scroller, item);
    });
  }

  protected colorOf(item: ItemView): CellColor {
    return item.rating?.color ?? 'grey';
  }

  protected colorName(color: CellColor): string {
    return this.i18n.name(COLOR_NAMES[color]);
  }

  protected symbol(color: CellColor): string {
    return COLOR_SYMBOLS[color];
  }
}
