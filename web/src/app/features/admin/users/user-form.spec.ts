import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Observable, of, throwError } from 'rxjs';
import { makeAgency } from '../../../../testing/fixtures';
import { AdminDataService } from '../admin-data.service';
import { UserForm } from './user-form';

async function setup(answer?: (body: object) => Observable<object>) {
  const createUser = jest.fn(answer ?? ((body: object) => of({ id: 9, disabled: false, ...body })));
  TestBed.configureTestingModule({ providers: [{ provide: AdminDataService, useValue: { createUser } }] });
  const fixture = TestBed.createComponent(UserForm);
  fixture.componentRef.setInput('agencies', [
    makeAgency(471, { name: 'Kabupaten Balangan', code: 'KAB-63.11' }),
    makeAgency(62, { name: 'Provinsi Kalimantan Tengah', code: 'PROV-62', type: 'provinsi' }),
  ]);
  fixture.componentRef.setInput('open', true);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  document.body.appendChild(el);
  const control = <T extends HTMLElement>(id: string) => el.querySelector<T>(`#${id}`)!;
  const set = async (id: string, value: string) => {
    const c = control<HTMLInputElement | HTMLSelectElement>(id);
    c.value = value;
    // Browsers send both when a list's choice changes.
    c.dispatchEvent(new Event('input'));
    if (c instanceof HTMLSelectElement) c.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  const submit = async () => {
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    for (let i = 0; i < 3; i++) await fixture.whenStable();
  };
  return { fixture, el, control, set, submit, createUser };
}

describe('UserForm', () => {
  beforeEach(() => localStorage.clear());

  it('gives a new user no role until the admin chooses one', async () => {
    const { el, control, set, submit, createUser } = await setup();
    const role = control<HTMLSelectElement>('user-form-role');
    expect(role.value).toBe('');
    expect(role.selectedOptions[0]?.textContent?.trim()).toBe('Pilih peran…');

    await set('user-form-username', 'analis.timur');
    await set('user-form-name', 'Analis Timur');
    await submit();
    expect(createUser).not.toHaveBeenCalled();
    expect(el.querySelector('#user-form-role-error')?.textContent).toBe('Pilih peran pengguna ini.');
    expect(role.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(role);

    await set('user-form-role', 'evaluator');
    await submit();
    expect(createUser).toHaveBeenCalledWith(
      expect.objectContaining({ username: 'analis.timur', displayName: 'Analis Timur', role: 'evaluator' }),
    );
  });

  it('says the username rule with the limits of FIELD_LIMITS, as hint and as problem', async () => {
    const { el, set, submit } = await setup();
    const hint = '3–40 huruf kecil, angka, titik, garis bawah, atau tanda hubung, misalnya analis.barat.';
    expect(el.querySelector('#user-form-username-hint')?.textContent).toBe(hint);
    await set('user-form-username', 'ab');
    await submit();
    expect(el.querySelector('#user-form-username-error')?.textContent).toBe(
      'Nama pengguna harus 3–40 huruf kecil, angka, titik, garis bawah, atau tanda hubung.',
    );
    expect(el.querySelector('#user-form-username')?.getAttribute('aria-describedby')).toBe(
      'user-form-username-hint user-form-username-error',
    );
  });

  it('asks an agency team for its agency, at the agency list', async () => {
    const { el, control, set, submit, createUser } = await setup();
    await set('user-form-username', 'tim.balangan');
    await set('user-form-name', 'Tim Balangan');
    await set('user-form-role', 'agency');
    await submit();
    expect(createUser).not.toHaveBeenCalled();
    const list = control<HTMLSelectElement>('user-form-agency');
    expect(el.querySelector('label[for="user-form-agency-q"]')?.textContent?.trim()).toBe('Instansi');
    expect(list.getAttribute('aria-invalid')).toBe('true');
    expect(list.getAttribute('aria-describedby')).toBe('user-form-agency-hint user-form-agency-q-error');
    expect(el.querySelector('#user-form-agency-q-error')?.textContent).toBe('Pilih instansi tim ini.');

    await set('user-form-agency', '471');
    await submit();
    expect(createUser).toHaveBeenCalledWith(expect.objectContaining({ role: 'agency', agencyId: 471 }));
  });

  it('gives a coordination team a province, choosing among provinces only, with the rule in words', async () => {
    const { el, control, set, submit, createUser } = await setup();
    await set('user-form-username', 'koordinator-kalteng');
    await set('user-form-name', 'Koordinator Kalteng');
    await set('user-form-role', 'coordinator');
    expect(el.querySelector('label[for="user-form-agency-q"]')?.textContent?.trim()).toBe('Provinsi');
    const options = [...control<HTMLSelectElement>('user-form-agency').options].map((o) => o.textContent?.trim());
    expect(options).toEqual(['Provinsi Kalimantan Tengah (PROV-62)']);
    expect(el.querySelector('#user-form-agency-q-hint')?.textContent).toContain('hanya instansi bertipe provinsi');

    await submit();
    expect(createUser).not.toHaveBeenCalled();
    expect(el.querySelector('#user-form-agency-q-error')?.textContent).toBe('Pilih provinsi tim koordinasi ini.');

    await set('user-form-agency', '62');
    await submit();
    expect(createUser).toHaveBeenCalledWith(expect.objectContaining({ role: 'coordinator', agencyId: 62 }));
  });

  it("does not keep an agency team's regency when the role becomes coordinator", async () => {
    const { el, set, submit, createUser } = await setup();
    await set('user-form-username', 'tim.balangan');
    await set('user-form-name', 'Tim Balangan');
    await set('user-form-role', 'agency');
    await set('user-form-agency', '471');
    await set('user-form-role', 'coordinator');
    await submit();
    expect(createUser).not.toHaveBeenCalled();
    expect(el.querySelector('#user-form-agency-q-error')?.textContent).toBe(
      'Tim koordinasi hanya dapat terikat pada instansi bertipe provinsi.',
    );
  });

  it("says the API's refusal of a coordinator's agency at the agency field, in words", async () => {
    const refusal = new HttpErrorResponse({
      status: 400,
      error: { statusCode: 400, code: 'coordinator-needs-province', params: {}, message: 'choose a province' },
    });
    const { el, control, set, submit, createUser } = await setup(() => throwError(() => refusal));
    await set('user-form-username', 'koordinator-kalteng');
    await set('user-form-name', 'Koordinator Kalteng');
    await set('user-form-role', 'coordinator');
    await set('user-form-agency', '62');
    await submit();
    expect(createUser).toHaveBeenCalled();
    const list = control<HTMLSelectElement>('user-form-agency');
    expect(el.querySelector('#user-form-agency-q-error')?.textContent).toBe(
      'Tim koordinasi harus dikaitkan dengan satu provinsi (instansi bertipe provinsi).',
    );
    expect(list.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });
});
