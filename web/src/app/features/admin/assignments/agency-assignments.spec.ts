import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AssignmentView, WorkloadView } from '@pantau/domain';
import { of } from 'rxjs';
import { makeAgency } from '../../../../testing/fixtures';
import { AdminDataService } from '../admin-data.service';
import { AgencyAssignments } from './agency-assignments';

const evaluator = (evaluatorId: number, displayName: string, agencies: number) =>
  ({ evaluatorId, displayName, username: displayName.toLowerCase(), agencies }) as WorkloadView;
const held = (agencyId: number, agencyName: string, evaluatorId: number, evaluatorName: string): AssignmentView => ({
  agencyId,
  agencyName,
  agencyCode: `A${agencyId}`,
  batch: 'barat',
  evaluatorId,
  evaluatorName,
  rated: 3,
  total: 10,
  evaluatedAt: null,
});

async function setup() {
  const assign = jest.fn(() => of({ assigned: 2 }));
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: AdminDataService, useValue: { assign } }],
  });
  const fixture = TestBed.createComponent(AgencyAssignments);
  fixture.componentRef.setInput('periodId', 4);
  fixture.componentRef.setInput('agencies', [
    makeAgency(1, { name: 'Kota Palangka Raya' }),
    makeAgency(2, { name: 'Kabupaten Kapuas' }),
    makeAgency(3, { name: 'Kabupaten Katingan' }),
  ]);
  fixture.componentRef.setInput('assignments', [held(2, 'Kabupaten Kapuas', 7, 'Evaluator Barat')]);
  fixture.componentRef.setInput('evaluators', [evaluator(7, 'Evaluator Barat', 1), evaluator(8, 'Evaluator Timur', 0)]);
  const messages: string[] = [];
  fixture.componentInstance.changed.subscribe((m) => messages.push(m));
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  document.body.appendChild(el);
  const check = async (id: string) => {
    el.querySelector<HTMLInputElement>(`#${id}`)!.click();
    await fixture.whenStable();
  };
  const choose = async (id: string, value: string) => {
    const select = el.querySelector<HTMLSelectElement>(`#${id}`)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  const press = async (text: string) => {
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
    button.click();
    await fixture.whenStable();
  };
  return { fixture, el, assign, messages, check, choose, press };
}

describe('AgencyAssignments', () => {
  beforeEach(() => localStorage.clear());

  it('moves a chosen agency from one evaluator to another and assigns a free one, after saying so', async () => {
    const { el, assign, messages, check, choose, press } = await setup();
    expect(el.querySelector('tbody tr:nth-child(1) .badge')?.textContent).toContain('Belum ada evaluator');
    await check('assign-choose-1');
    await check('assign-choose-2');
    expect(el.querySelector('#assign-chosen')?.textContent?.trim()).toBe('2 instansi dipilih');
    await choose('assign-target', '8');
    await press('Tinjau penugasan instansi terpilih');

    const dialog = el.querySelector('pantau-confirm-dialog')!;
    expect(dialog.textContent).toContain('2 instansi akan dinilai oleh Evaluator Timur.');
    expect(dialog.textContent).toContain('1 di antaranya dipindahkan dari evaluator lain (1 dari Evaluator Barat)');
    expect(assign).not.toHaveBeenCalled();

    await press('Pindahkan 2 instansi');
    expect(assign).toHaveBeenCalledWith(4, { evaluatorId: 8, agencyIds: [1, 2] });
    expect(messages).toEqual([
      '2 instansi kini dinilai oleh Evaluator Timur; 1 di antaranya dipindahkan dari evaluator lain dengan penilaiannya tetap tersimpan.',
    ]);
    expect(el.querySelector('#assign-chosen')?.textContent?.trim()).toBe('0 instansi dipilih');
    expect(el.querySelector('.assign-done[role="status"]')?.textContent?.trim()).toBe(messages[0]);
  });

  it('says in words what is missing instead of sending, and leaves the evaluator’s own agencies alone', async () => {
    const { el, assign, check, choose, press } = await setup();
    await press('Tinjau penugasan instansi terpilih');
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'Pilih satu atau beberapa instansi di daftar terlebih dahulu.',
    );
    await check('assign-choose-2');
    await choose('assign-target', '7');
    await press('Tinjau penugasan instansi terpilih');
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'Tidak ada yang berubah: semua instansi terpilih sudah dinilai oleh Evaluator Barat.',
    );
    expect(assign).not.toHaveBeenCalled();
  });

  it('lists the agencies without an evaluator, keeping the filter in the URL, and chooses all that match', async () => {
    const { fixture, el, choose, check } = await setup();
    await choose('assign-list-evaluator', 'none');
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/?evaluator=none');
    const names = [...el.querySelectorAll('tbody th')].map((th) => th.childNodes[0]?.textContent?.trim());
    expect(names).toEqual(['Kota Palangka Raya', 'Kabupaten Katingan']);
    expect(el.querySelector('#assign-all')?.getAttribute('aria-label')).toBe('Pilih semua 2 instansi yang cocok');
    await check('assign-all');
    expect(el.querySelector('#assign-chosen')?.textContent?.trim()).toBe('2 instansi dipilih');
  });
});
