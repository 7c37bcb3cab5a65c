import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { errorText } from '../../core/api/error-message';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

/** What a table is read from: a resource (`rxResource`, `httpResource`). */
export interface TableSource {
  error(): unknown;
  isLoading(): boolean;
  reload(): unknown;
}

/**
 * The states around an admin table: a failure with a retry, loading while there is nothing to show yet, nothing to
 * show (with actions projected with the `empty` attribute), or the table itself, which stays on screen while it
 * reloads.
 */
@Component({
  selector: 'pantau-table-state',
  imports: [TranslatePipe, EmptyState, ErrorState, LoadingState],
  template: `
    @if (errorMessage(); as message) {
      <pantau-error [message]="message" (retry)="source().reload()" />
    } @else if (empty()) {
      @if (source().isLoading()) {
        <pantau-loading [label]="'common.loading' | t" />
      } @else if (emptyTitle(); as title) {
        <pantau-empty [title]="title"><ng-content select="[empty]" /></pantau-empty>
      }
    } @else {
      <ng-content />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TableState {
  private readonly i18n = inject(I18nService);

  readonly source = input.required<TableSource>();
  /** A failure of something else the table needs (the source's own failure counts already). */
  readonly failure = input<unknown>(null);
  /** Nothing to show (yet). */
  readonly empty = input(false);
  readonly emptyTitle = input<string | null>(null);

  protected readonly errorMessage = computed(() => {
    const failure = this.failure() ?? this.source().error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });
}
