import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TableState } from './table-state';

@Component({
  imports: [TableState],
  template: `
    <pantau-table-state [source]="source" [empty]="rows().length === 0" emptyTitle="Belum ada pengguna.">
      <button empty type="button">Tambah pengguna</button>
      <table>
        @for (r of rows(); track r) {
          <tr>
            <td>{{ r }}</td>
          </tr>
        }
      </table>
    </pantau-table-state>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class UsersTable {
  readonly rows = signal<string[]>([]);
  readonly failure = signal<unknown>(undefined);
  readonly loading = signal(true);
  readonly reloads: number[] = [];
  readonly source = {
    error: () => this.failure(),
    isLoading: () => this.loading(),
    reload: () => this.reloads.push(1),
  };
}

async function setup() {
  const fixture = TestBed.createComponent(UsersTable);
  await fixture.whenStable();
  const host = fixture.componentInstance;
  const el = fixture.nativeElement as HTMLElement;
  const shown = () => ({
    loading: !!el.querySelector('pantau-loading'),
    error: el.querySelector('pantau-error')?.textContent?.trim() ?? null,
    empty: el.querySelector('pantau-empty')?.textContent?.trim() ?? null,
    rows: el.querySelectorAll('tr').length,
  });
  const settle = () => fixture.whenStable();
  return { host, el, shown, settle };
}

describe('the table state of admin tables', () => {
  beforeEach(() => localStorage.clear());

  it('says it is loading until there is something to show, then shows the table', async () => {
    const { host, shown, settle } = await setup();
    expect(shown()).toEqual({ loading: true, error: null, empty: null, rows: 0 });
    host.rows.set(['admin', 'evaluator']);
    host.loading.set(false);
    await settle();
    expect(shown()).toEqual({ loading: false, error: null, empty: null, rows: 2 });
  });

  it('keeps the table on screen while it reloads', async () => {
    const { host, shown, settle } = await setup();
    host.rows.set(['admin']);
    await settle();
    expect(shown()).toEqual({ loading: false, error: null, empty: null, rows: 1 });
  });

  it('says there is nothing, with the actions given for that case', async () => {
    const { host, shown, settle } = await setup();
    host.loading.set(false);
    await settle();
    expect(shown()).toEqual({ loading: false, error: null, empty: 'Belum ada pengguna.Tambah pengguna', rows: 0 });
  });

  it("explains a failure in the user's language and loads again on request", async () => {
    const { host, el, shown, settle } = await setup();
    host.loading.set(false);
    host.failure.set(new HttpErrorResponse({ status: 0 }));
    await settle();
    expect(shown().error).toContain('Tidak dapat terhubung ke server');
    el.querySelector<HTMLButtonElement>('pantau-error button')!.click();
    expect(host.reloads).toHaveLength(1);
  });
});
