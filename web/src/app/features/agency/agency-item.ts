import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { CellColor, COLOR_NAMES, COLOR_SYMBOLS, ItemView, PublicationView, RatingView } from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { TranslationKey } from '../../core/i18n/dictionary';
import { CADENCE_LABEL, FOLLOW_UP_STATE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { PublicationLog, PublicationSummaryLine } from '../../ui/publication-log/publication-log';
import { TrafficLight } from '../../ui/traffic-light/traffic-light';
import { AgencyDataService } from './agency-data.service';
import { PublicationForm } from './publication-form';

type Lazy<T> = { state: 'idle' | 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: unknown };

/** One action-plan item: its colour, the evaluator's words, its publications and follow-up. */
@Component({
  selector: 'pantau-agency-item',
  imports: [I18N_PIPES, TrafficLight, PublicationSummaryLine, PublicationLog, PublicationForm],
  templateUrl: './agency-item.html',
  styleUrl: './agency-item.css',
  host: { class: 'item', '[class.item--focus]': 'highlight()', '[attr.id]': '"item-" + item().id' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgencyItem {
  private readonly data = inject(AgencyDataService);
  protected readonly i18n = inject(I18nService);

  readonly item = input.required<ItemView>();
  /** Agency teams see ratings only once results are published. */
  readonly ratingHidden = input(false);
  readonly canLogPublication = input(false);
  readonly canEdit = input(false);
  readonly highlight = input(false);
  readonly changed = output<ItemView>();
  readonly edit = output<ItemView>();

  protected readonly history = signal<Lazy<RatingView[]>>({ state: 'idle' });
  protected readonly publications = signal<Lazy<PublicationView[]>>({ state: 'idle' });

  protected readonly historyList = computed(() => {
    const h = this.history();
    return h.state === 'ready' ? h.value : null;
  });
  protected readonly historyError = computed(() => {
    const h = this.history();
    return h.state === 'error' ? this.errorOf(h.error) : null;
  });
  protected readonly publicationList = computed(() => {
    const p = this.publications();
    return p.state === 'ready' ? p.value : null;
  });
  protected readonly publicationsError = computed(() => {
    const p = this.publications();
    return p.state === 'error' ? this.errorOf(p.error) : null;
  });

  protected readonly color = computed<CellColor>(() => this.item().rating?.color ?? 'grey');
  protected readonly lightLabel = computed(() => {
    if (this.ratingHidden()) return this.i18n.translate('agencyItem.ratingHidden');
    return this.i18n.name(COLOR_NAMES[this.color()]);
  });
  protected readonly cadence = computed<TranslationKey>(() => CADENCE_LABEL[this.item().cadence]);
  protected readonly followUpState = computed<TranslationKey | null>(() => {
    const f = this.item().followUp;
    return f ? FOLLOW_UP_STATE_LABEL[f.state] : null;
  });

  protected errorOf(failure: unknown): string {
    return errorText((k, p) => this.i18n.translate(k, p), failure);
  }

  protected symbol(color: CellColor): string {
    return COLOR_SYMBOLS[color];
  }

  protected colorName(color: CellColor): string {
    return this.i18n.name(COLOR_NAMES[color]);
  }

  protected onHistoryToggle(event: Event): void {
    if ((event.target as HTMLDetailsElement).open && this.history().state !== 'ready') this.loadHistory();
  }

  protected onPublicationsToggle(event: Event): void {
    if ((event.target as HTMLDetailsElement).open && this.publications().state !== 'ready') this.loadPublications();
  }

  protected loadHistory(): void {
    this.history.set({ state: 'loading' });
    this.data.ratings(this.item().id).subscribe({
      next: (value) => this.history.set({ state: 'ready', value }),
      error: (error: unknown) => this.history.set({ state: 'error', error }),
    });
  }

  protected loadPublications(): void {
    this.publications.set({ state: 'loading' });
    this.data.publications(this.item().id).subscribe({
      next: (value) => this.publications.set({ state: 'ready', value }),
      error: (error: unknown) => this.publications.set({ state: 'error', error }),
    });
  }

  /** A new publication changes the frequency and the overdue flag: read the item again. */
  protected onLogged(publication: PublicationView): void {
    this.publications.update((p) =>
      p.state === 'ready'
        ? {
            state: 'ready',
            value: [publication, ...p.value].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)),
          }
        : p,
    );
    this.data.item(this.item().id).subscribe({ next: (item) => this.changed.emit(item), error: () => undefined });
  }
}
