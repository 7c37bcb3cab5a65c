import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AgencySummary, AuditEventView, Page } from '@pantau/domain';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { newestFirst } from '../../../core/periods/period-choice';
import { PeriodsService } from '../../../core/periods/periods.service';
import { TableState } from '../../../ui/state/table-state';
import { AdminDataService } from '../admin-data.service';
import { AuditDataService } from './audit-data.service';
import { AuditExport } from './audit-export';
import { agencyLink, subjectLink } from './audit-links';
import {
  AUDIT_PAGE_SIZE,
  AuditQuery,
  hasAuditFilters,
  NO_AUDIT_FILTERS,
  parseAuditQuery,
  toApiFilters,
  toUrlParams,
} from './audit-query';
import { actionKey, entityKey, groupActions, groupKey } from './audit-text';

const USERNAME = /^[A-Za-z0-9._@-]{1,60}$/;
const agencyLabel = (a: AgencySummary) => `${a.name} (${a.code})`;

/** The audit trail: filters kept in the URL, a page of events, links to what each concerns, and exports. */

@Component({
  selector: 'pantau-admin-audit-page',
  imports: [TableState, I18N_PIPES, RouterLink, AuditExport],
  templateUrl: './admin-audit.page.html',
  styles: `
    .audit-table tbody th,
    .audit-table tbody td {
      vertical-align: top;
    }
    .audit-when {
      white-space: nowrap;
    }
    .audit-action {
      min-width: 10rem;
    }
    .audit-details pre {
      max-width: 40rem;
      max-height: 16rem;
      overflow: auto;
      margin: 0.25rem 0 0.5rem;
      padding: 0.5rem;
      border-radius: 6px;
      background: var(--surface-muted, #f4f5f7);
      font-size: 0.8125rem;
      white-space: pre-wrap;
      word-break: break-word;
    }
    .audit-details dt {
      font-weight: 600;
    }
    .audit-details dd {
      margin: 0;
    }
    .audit-pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
      margin-top: 0.75rem;
    }
    .audit-pager__buttons {
      display: flex;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminAuditPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(AuditDataService);
  private readonly admin = inject(AdminDataService);
  private readonly periodsService = inject(PeriodsService);
  protected readonly i18n = inject(I18nService);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => parseAuditQuery(this.params()), {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  protected readonly filters = computed(() => toApiFilters(this.query()), {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  protected readonly filtered = computed(() => hasAuditFilters(this.query()));

  protected readonly events = rxResource({
    params: () => ({ ...this.filters(), page: this.query().page, pageSize: AUDIT_PAGE_SIZE }),
    stream: ({ params }) => this.data.list(params),
  });
  /** The last page stays on screen while the next loads, so the table does not flash. */
  private readonly shown = linkedSignal<Page<AuditEventView> | null, Page<AuditEventView> | null>({
    source: () => (this.events.hasValue() ? this.events.value() : null),
    computation: (value, previous) => value ?? (this.events.status() === 'error' ? null : (previous?.value ?? null)),
  });
  protected readonly rows = computed(() => this.shown()?.items ?? []);
  protected readonly total = computed(() => this.shown()?.total ?? 0);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / AUDIT_PAGE_SIZE)));

  private readonly actionList = rxResource({ stream: () => this.data.actions() });
  protected readonly actionGroups = computed(() => {
    const list = this.actionList.hasValue() ? this.actionList.value() : [];
    const chosen = this.query().action;
    // A group or an action from a shared link stays choosable even before (or without) it is on record.
    const withChosen = chosen && !chosen.endsWith('.') && !list.includes(chosen) ? [...list, chosen] : list;
    return groupActions(withChosen);
  });

  private readonly users = rxResource({ stream: () => this.admin.users() });
  protected readonly userOptions = computed(() => (this.users.hasValue() ? this.users.value() : []));
  private readonly agencies = rxResource({ stream: () => this.admin.agencies() });
  protected readonly agencyOptions = computed(() => (this.agencies.hasValue() ? this.agencies.value() : []));
  private readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodOptions = computed(() => (this.periods.hasValue() ? newestFirst(this.periods.value()) : []));

  /** What the agency box shows: the chosen agency's label until the user types. */
  protected readonly agencyText = linkedSignal(() => {
    const id = this.query().agency;
    const agency = this.agencyOptions().find((a) => a.id === id);
    return agency ? agencyLabel(agency) : id ? String(id) : '';
  });
  protected readonly agencyInvalid = signal(false);
  protected readonly userText = linkedSignal(() => this.query().user);
  protected readonly userInvalid = signal(false);

  protected update(patch: Partial<AuditQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toUrlParams(patch),
      queryParamsHandling: 'merge',
    });
  }

  protected applyText(event?: Event): void {
    event?.preventDefault();
    const patch: Partial<AuditQuery> = {};
    const user = this.userText().trim();
    this.userInvalid.set(user !== '' && !USERNAME.test(user));
    if (!this.userInvalid() && user !== this.query().user) patch.user = user;
    const text = this.agencyText().trim();
    const agency = text ? this.agencyOptions().find((a) => agencyLabel(a) === text || a.code === text) : undefined;
    this.agencyInvalid.set(text !== '' && !agency);
    const agencyId = agency?.id ?? null;
    if (!this.agencyInvalid() && agencyId !== this.query().agency) patch.agency = agencyId;
    if (Object.keys(patch).length > 0) this.update(patch);
  }

  protected onDate(which: 'from' | 'to', value: string): void {
    this.update({ [which]: value });
  }

  protected reset(): void {
    this.userInvalid.set(false);
    this.agencyInvalid.set(false);
    this.update({ ...NO_AUDIT_FILTERS });
  }

  protected goTo(page: number): void {
    this.update({ page });
  }

  protected agencyLabel = agencyLabel;
  protected subjectLink = subjectLink;
  protected agencyLink = agencyLink;

  protected actionText(action: string): string {
    const key = actionKey(action);
    return key ? this.i18n.translate(key) : action;
  }

  protected groupText(group: string): string {
    const key = groupKey(group);
    return this.i18n.translate('audit.groupAll', { group: key ? this.i18n.translate(key) : `${group}.*` });
  }

  protected subjectText(e: AuditEventView): string {
    const key = entityKey(e.entityType);
    const kind = key ? this.i18n.translate(key) : e.entityType;
    const what = e.subject ?? e.entityId;
    return what ? `${kind}: ${what}` : kind;
  }

  protected json(value: unknown): string {
    return value === null || value === undefined
      ? this.i18n.translate('audit.nothing')
      : JSON.stringify(value, null, 2);
  }
}
