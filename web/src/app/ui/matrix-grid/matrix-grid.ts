import { ListRange } from '@angular/cdk/collections';
import { CdkFixedSizeVirtualScroll, CdkVirtualForOf, CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { Router } from '@angular/router';
import { MatrixRow, PillarCode, pillarByCode } from '@pantau/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { TrafficLight } from '../traffic-light/traffic-light';
import { buildRowView, RowView } from './matrix-row-view';
import { defaultDirFor, MatrixSort, SortKey } from './matrix-sort';

interface CellPos {
  r: number;
  c: number;
}

export const ROW_HEIGHT = 44;

/**
 * Agencies × pillars as an ARIA grid. Rows are virtualised; header row 0 sits outside the
 * scrolling body and follows it sideways. One cell is tabbable at a time (roving tabindex).
 */
@Component({
  selector: 'pantau-matrix-grid',
  imports: [CdkVirtualScrollViewport, CdkFixedSizeVirtualScroll, CdkVirtualForOf, TrafficLight, TranslatePipe],
  templateUrl: './matrix-grid.html',
  styleUrl: './matrix-grid.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatrixGrid {
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly router = inject(Router);

  readonly rows = input.required<readonly MatrixRow[]>();
  readonly pillars = input.required<readonly PillarCode[]>();
  readonly sort = input.required<MatrixSort>();
  readonly periodId = input<number | null>(null);
  /** Accessible name of the grid. */
  readonly label = input.required<string>();
  /** Id of a visible hint, e.g. the keyboard instructions. */
  readonly describedBy = input<string | null>(null);
  readonly sortChange = output<MatrixSort>();

  protected readonly rowHeight = ROW_HEIGHT;
  private readonly viewport = viewChild.required(CdkVirtualScrollViewport);
  private readonly head = viewChild.required<ElementRef<HTMLElement>>('head');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  private readonly active = signal<CellPos>({ r: 1, c: 1 });
  private readonly rendered = signal<ListRange>({ start: 0, end: 0 });
  private pendingFocus: CellPos | null = null;

  protected readonly columns = computed(() => {
    this.i18n.lang();
    return this.pillars().map((code) => ({
      key: code,
      short: pillarByCode(code).short,
      name: this.i18n.pillarName(code),
    }));
  });
  protected readonly colCount = computed(() => this.pillars().length + 2);
  protected readonly gridTemplate = computed(
    () => `var(--agency-col) repeat(${this.pillars().length + 1}, minmax(var(--score-col), 1fr))`,
  );
  protected readonly gridMinWidth = computed(
    () => `calc(var(--agency-col) + ${this.pillars().length + 1} * var(--score-col))`,
  );

  protected readonly view = computed<RowView[]>(() => {
    const periodId = this.periodId();
    const pillars = this.pillars();
    return this.rows().map((row) => buildRowView(row, pillars, periodId, this.i18n));
  });

  /** The tabbable cell; falls back to a rendered row when the active one has scrolled away. */
  protected readonly tabStop = computed<CellPos>(() => {
    const { r, c } = this.active();
    const count = this.view().length;
    const col = Math.min(c, this.colCount() - 1);
    if (count === 0) return { r: 0, c: col };
    const row = Math.min(r, count);
    if (row === 0) return { r: 0, c: col };
    const { start, end } = this.rendered();
    if (end <= start) return { r: Math.min(row, 1), c: col };
    return { r: Math.min(Math.max(row, start + 1), end), c: col };
  });

  constructor() {
    afterNextRender(() => {
      const viewport = this.viewport();
      const sub = viewport.renderedRangeStream.subscribe((range) => {
        this.rendered.set(range);
        afterNextRender(() => this.focusPending(), { injector: this.injector });
      });
      // The header scrolls sideways with the body; either one may be scrolled (by focus or by the user).
      const head = this.head().nativeElement;
      const body = viewport.elementRef.nativeElement;
      const syncHead = () => {
        if (head.scrollLeft !== body.scrollLeft) head.scrollLeft = body.scrollLeft;
      };
      const syncBody = () => {
        if (body.scrollLeft !== head.scrollLeft) body.scrollLeft = head.scrollLeft;
      };
      body.addEventListener('scroll', syncHead, { passive: true });
      head.addEventListener('scroll', syncBody, { passive: true });
      this.destroyRef.onDestroy(() => {
        sub.unsubscribe();
        body.removeEventListener('scroll', syncHead);
        head.removeEventListener('scroll', syncBody);
      });
    });
  }

  scrollToTop(): void {
    this.viewport().scrollToOffset(0);
  }

  protected tabIndex(r: number, c: number): number {
    const stop = this.tabStop();
    return stop.r === r && stop.c === c ? 0 : -1;
  }

  protected ariaSort(key: SortKey): 'ascending' | 'descending' | null {
    const sort = this.sort();
    if (sort.key !== key) return null;
    return sort.dir === 'asc' ? 'ascending' : 'descending';
  }

  protected sortBy(key: SortKey): void {
    const sort = this.sort();
    const dir = sort.key === key ? (sort.dir === 'asc' ? 'desc' : 'asc') : defaultDirFor(key);
    this.sortChange.emit({ key, dir });
  }

  protected trackRow(_index: number, row: RowView): number {
    return row.id;
  }

  protected onFocusIn(event: FocusEvent): void {
    const pos = this.positionOf(event.target);
    if (pos) this.active.set(pos);
  }

  /** In-app navigation for the cells' links; modified clicks keep the browser's behaviour (new tab...). */
  protected onClick(event: MouseEvent): void {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-r]') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const href = link.getAttribute('href');
    if (!href) return;
    event.preventDefault();
    void this.router.navigateByUrl(href);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const pos = this.positionOf(event.target);
    if (!pos) return;
    const next = this.nextPosition(pos, event);
    if (!next) return;
    event.preventDefault();
    this.focusCell(next);
  }

  private nextPosition({ r, c }: CellPos, event: KeyboardEvent): CellPos | null {
    const lastRow = this.view().length;
    const lastCol = this.colCount() - 1;
    const page = Math.max(1, Math.floor(this.viewport().getViewportSize() / ROW_HEIGHT) - 1);
    const ctrl = event.ctrlKey || event.metaKey;
    let next: CellPos;
    switch (event.key) {
      case 'ArrowRight':
        next = { r, c: c + 1 };
        break;
      case 'ArrowLeft':
        next = { r, c: c - 1 };
        break;
      case 'ArrowDown':
        next = { r: r + 1, c };
        break;
      case 'ArrowUp':
        next = { r: r - 1, c };
        break;
      case 'Home':
        next = ctrl ? { r: 0, c: 0 } : { r, c: 0 };
        break;
      case 'End':
        next = ctrl ? { r: lastRow, c: lastCol } : { r, c: lastCol };
        break;
      case 'PageDown':
        next = { r: r === 0 ? page : r + page, c };
        break;
      case 'PageUp':
        next = { r: r - page, c };
        break;
      default:
        return null;
    }
    return { r: Math.min(Math.max(next.r, 0), lastRow), c: Math.min(Math.max(next.c, 0), lastCol) };
  }

  private focusCell(pos: CellPos): void {
    this.active.set(pos);
    if (pos.r > 0) this.scrollRowIntoView(pos.r - 1);
    this.pendingFocus = pos;
    this.focusPending();
    if (this.pendingFocus) afterNextRender(() => this.focusPending(), { injector: this.injector });
  }

  private focusPending(): void {
    const pos = this.pendingFocus;
    if (!pos) return;
    const el = this.cellElement(pos);
    if (!el) return;
    this.pendingFocus = null;
    el.focus();
  }

  private scrollRowIntoView(index: number): void {
    const viewport = this.viewport();
    const top = index * ROW_HEIGHT;
    const bottom = top + ROW_HEIGHT;
    const offset = viewport.measureScrollOffset('top');
    const size = viewport.getViewportSize();
    if (top < offset) viewport.scrollToOffset(top);
    else if (size > 0 && bottom > offset + size) viewport.scrollToOffset(bottom - size);
  }

  private cellElement({ r, c }: CellPos): HTMLElement | null {
    return this.host.nativeElement.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);
  }

  private positionOf(target: EventTarget | null): CellPos | null {
    const el = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-r]') : null;
    if (!el) return null;
    return { r: Number(el.dataset['r']), c: Number(el.dataset['c']) };
  }
}
