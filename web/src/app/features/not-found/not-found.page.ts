import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';

@Component({
  selector: 'pantau-not-found-page',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="page page--narrow">
      <h1 class="page__title">{{ 'notFound.title' | t }}</h1>
      <p>{{ 'notFound.body' | t }}</p>
      <a class="button button--primary" routerLink="/">{{ 'notFound.home' | t }}</a>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NotFoundPage {}
