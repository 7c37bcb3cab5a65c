import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { errorText } from '../../core/api/error-message';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { AgencyDataService } from './agency-data.service';

/** `/items/{id}` (as notifications link it) opens the item on its agency page. */
@Component({
  selector: 'pantau-item-redirect-page',
  imports: [I18N_PIPES, LoadingState, ErrorState],
  template: `
    @if (error(); as message) {
      <pantau-error [message]="message" (retry)="item.reload()" />
    } @else {
      <pantau-loading [label]="'agency.opening' | t" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ItemRedirectPage {
  private readonly data = inject(AgencyDataService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  readonly id = input.required({ transform: numberAttribute });

  protected readonly item = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.item(params) });
  protected readonly error = computed(() => {
    const failure = this.item.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  constructor() {
    effect(() => {
      if (!this.item.hasValue()) return;
      const item = this.item.value();
      void this.router.navigate(['/agencies', item.agencyId], {
        queryParams: { period: item.periodId, pillar: item.pillar, item: item.id },
        replaceUrl: true,
      });
    });
  }
}
