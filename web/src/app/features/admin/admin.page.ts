import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslationKey } from '../../core/i18n/dictionary';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';

const TABS: ReadonlyArray<{ path: string; label: TranslationKey }> = [
  { path: 'users', label: 'admin.tab.users' },
  { path: 'assignments', label: 'admin.tab.assignments' },
  { path: 'periods', label: 'admin.tab.periods' },
  { path: 'imports', label: 'admin.tab.imports' },
  { path: 'jobs', label: 'admin.tab.jobs' },
  { path: 'audit', label: 'admin.tab.audit' },
];

/** The admin area: one link per section (each a page with its own URL) above the section itself. */
@Component({
  selector: 'pantau-admin-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <div class="page">
      <header class="page__header">
        <div>
          <h1 class="page__title">{{ 'admin.title' | t }}</h1>
          <p class="page__lead">{{ 'admin.lead' | t }}</p>
        </div>
      </header>
      <nav [attr.aria-label]="'admin.sections' | t">
        <ul class="tabs">
          @for (tab of tabs; track tab.path) {
            <li>
              <a class="tabs__link" [routerLink]="tab.path" routerLinkActive="is-active" ariaCurrentWhenActive="page">{{
                tab.label | t
              }}</a>
            </li>
          }
        </ul>
      </nav>
      <router-outlet />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminPage {
  protected readonly tabs = TABS;
}
