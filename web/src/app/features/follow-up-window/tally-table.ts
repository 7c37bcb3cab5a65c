import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FollowUpTally } from '@pantau/domain';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import {
  FOLLOW_UP_LIST_PATH,
  followUpListParams,
  overdueShare,
  WINDOW_MEASURES,
  WindowRegion,
} from './follow-up-links';
import { MEASURE_LABEL, MEASURE_SYMBOL } from './window-measures';

export interface TallyRow {
  key: string;
  label: string;
  region: WindowRegion;
  tally: FollowUpTally;
}

/** One row per region, one column per measure; every number opens the list of what it counts. */
@Component({
  selector: 'pantau-tally-table',
  imports: [I18N_PIPES, RouterLink],
  template: `
    <div class="table-scroll">
      <table class="data-table tally-table">
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ regionHeader() }}</th>
            @for (m of measures; track m) {
              <th scope="col" class="num">
                <span aria-hidden="true">{{ symbol[m] }}</span> {{ label[m] | t }}
              </th>
            }
            <th scope="col" class="num">{{ 'fuWindow.overdueShare' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of linked(); track row.key) {
            <tr [class.tally-table__footer]="row.key === footerKey()">
              <th scope="row">{{ row.label }}</th>
              @for (cell of row.cells; track cell.measure) {
                <td class="num" [class.tally-table__overdue]="cell.measure === 'overdue' && cell.count > 0">
                  <a
                    [routerLink]="listPath"
                    [queryParams]="cell.params"
                    [attr.aria-label]="cell.name"
                    [attr.data-measure]="cell.measure"
                    >{{ cell.count | num: '1.0-0' }}</a
                  >
                </td>
              }
              <td class="num">{{ row.share | pct }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .tally-table a {
      display: inline-block;
      min-width: 2.5rem;
      padding: 0.125rem 0.25rem;
      font-variant-numeric: tabular-nums;
    }
    .tally-table__overdue a {
      font-weight: 700;
    }
    .tally-table__footer th,
    .tally-table__footer td {
      border-top: 2px solid var(--border-strong, var(--border));
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TallyTable {
  private readonly i18n = inject(I18nService);

  readonly rows = input.required<readonly TallyRow[]>();
  readonly periodId = input.required<number>();
  readonly caption = input.required<string>();
  readonly regionHeader = input.required<string>();
  /** The row that sums the others, set apart. */
  readonly footerKey = input<string | null>(null);

  protected readonly measures = WINDOW_MEASURES;
  protected readonly label = MEASURE_LABEL;
  protected readonly symbol = MEASURE_SYMBOL;
  protected readonly listPath = FOLLOW_UP_LIST_PATH;

  protected readonly linked = computed(() =>
    this.rows().map((row) => ({
      key: row.key,
      label: row.label,
      share: overdueShare(row.tally),
      cells: WINDOW_MEASURES.map((measure) => ({
        measure,
        count: row.tally[measure],
        params: followUpListParams(this.periodId(), row.region, measure),
        // The number alone says little out of its table: the link's name says what it opens.
        name: this.i18n.translate('fuWindow.linkName', {
          count: this.i18n.number(row.tally[measure], '1.0-0'),
          measure: this.i18n
            .translate(measure === 'total' ? 'fuWindow.followUps' : MEASURE_LABEL[measure])
            .toLowerCase(),
          region: row.label,
        }),
      })),
    })),
  );
}
