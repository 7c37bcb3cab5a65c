import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { LinkTarget } from '../link-target';
import { TableData } from './table-data';

/** The chart's numbers as a table: the text alternative, open for anyone who wants exact values. */
@Component({
  selector: 'pantau-chart-table',
  imports: [TranslatePipe, RouterLink, NgTemplateOutlet],
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
            @for (row of table().rows; track $index; let r = $index) {
              <tr>
                @for (cell of row; track $index; let c = $index) {
                  @if ($first) {
                    <th scope="row">
                      <ng-container *ngTemplateOutlet="content; context: { $implicit: cell, link: linkAt(r, c) }" />
                    </th>
                  } @else {
                    <td>
                      <ng-container *ngTemplateOutlet="content; context: { $implicit: cell, link: linkAt(r, c) }" />
                    </td>
                  }
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </details>
    <ng-template #content let-cell let-link="link">
      @if (link) {
        <a [routerLink]="link.path" [queryParams]="link.queryParams">{{ cell }}</a>
      } @else {
        <ng-container>{{ cell }}</ng-container>
      }
    </ng-template>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartTable {
  readonly table = input.required<TableData>();

  protected linkAt(row: number, column: number): LinkTarget | null {
    return this.table().links?.[row]?.[column] ?? null;
  }
}
