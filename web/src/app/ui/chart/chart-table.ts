import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { TableData } from './table-data';

/** The chart's numbers as a table: the text alternative, open for anyone who wants exact values. */
@Component({
  selector: 'pantau-chart-table',
  imports: [TranslatePipe],
  template: `
    <details>
      <summary>{{ 'chart.showTable' | t }}</summary>
      <div class="table-scroll">
        <table class="data-table">
          <caption>
            {{
              table().caption
            }}
          </caption>
          <thead>
            <tr>
              @for (column of table().columns; track $index) {
                <th scope="col">{{ column }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of table().rows; track $index) {
              <tr>
                @for (cell of row; track $index) {
                  @if ($first) {
                    <th scope="row">{{ cell }}</th>
                  } @else {
                    <td>{{ cell }}</td>
                  }
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </details>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartTable {
  readonly table = input.required<TableData>();
}
