import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { form } from '@angular/forms/signals';
import { FIELD_LIMITS } from '@pantau/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { FIELD_KIT, textLimit } from './index';

@Component({
  imports: [FIELD_KIT],
  template: `
    <form [formRoot]="noteForm">
      <pantau-field label="Judul butir" hint="Singkat dan jelas.">
        <input id="title" [formField]="noteForm.title" />
      </pantau-field>
      <pantau-field label="Uraian" [optional]="true">
        <textarea aria-describedby="counter" [formField]="noteForm.description"></textarea>
      </pantau-field>
      <p id="counter">0</p>
      <button type="submit">Simpan</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class NoteForm {
  readonly saved: unknown[] = [];
  readonly draft = signal({ title: '', description: '' });
  readonly noteForm = form(
    this.draft,
    (note) => {
      textLimit(note.title, FIELD_LIMITS.itemTitle, {
        tooShort: 'itemForm.titleTooShort',
        tooLong: 'itemForm.titleTooLong',
      });
      textLimit(note.description, FIELD_LIMITS.itemDescription, { tooLong: 'itemForm.descriptionTooLong' });
    },
    {
      submission: {
        action: async (f) => {
          this.saved.push(f().value());
          return undefined;
        },
      },
    },
  );
}

async function setup() {
  const fixture = TestBed.createComponent(NoteForm);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const title = el.querySelector<HTMLInputElement>('#title')!;
  const description = el.querySelector<HTMLTextAreaElement>('textarea')!;
  const type = async (control: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    control.value = value;
    control.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const leave = async (control: HTMLElement) => {
    control.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  const submit = async () => {
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await fixture.whenStable();
  };
  const errors = () => [...el.querySelectorAll('.field__error')].map((e) => e.textContent?.trim());
  return { fixture, el, title, description, type, leave, submit, errors };
}

describe('the shared form field', () => {
  beforeEach(() => localStorage.clear());

  it('ties the label, the hint and the problem to the control', async () => {
    const { el, title, type, leave } = await setup();
    const label = el.querySelector('label')!;
    expect(label.getAttribute('for')).toBe('title');
    expect(label.classList).toContain('field__label--required');
    expect(title.required).toBe(true);
    expect(title.getAttribute('aria-describedby')).toBe('title-hint');
    expect(el.querySelector('#title-hint')?.textContent).toBe('Singkat dan jelas.');

    await type(title, 'ab');
    await leave(title);
    expect(el.querySelector('#title-error')?.textContent).toBe('Judul minimal 3 karakter.');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('title-hint title-error');

    await type(title, 'Klinik konsultasi');
    expect(el.querySelector('#title-error')).toBeNull();
    expect(title.hasAttribute('aria-invalid')).toBe(false);
  });

  it('says nothing while the user types for the first time, only after leaving the field', async () => {
    const { title, type, leave, errors } = await setup();
    await type(title, 'a');
    expect(errors()).toEqual([]);
    expect(title.hasAttribute('aria-invalid')).toBe(false);
    await leave(title);
    expect(errors()).toEqual(['Judul minimal 3 karakter.']);
  });

  it('shows every problem when the form is submitted, keeps the control own description, and sends nothing', async () => {
    const { fixture, el, description, submit, errors } = await setup();
    await submit();
    expect(errors()).toEqual(['Judul minimal 3 karakter.']);
    expect(fixture.componentInstance.saved).toEqual([]);
    expect(description.getAttribute('aria-describedby')).toBe('counter');
    expect(el.querySelectorAll('label')[1]?.textContent).toContain('(opsional)');
  });

  it('takes the length limits and their numbers from FIELD_LIMITS, written in the reader language', async () => {
    const { fixture, title, description, type, leave, submit, errors } = await setup();
    expect(title.maxLength).toBe(FIELD_LIMITS.itemTitle.max);
    expect(description.maxLength).toBe(FIELD_LIMITS.itemDescription.max);
    // Pasted or restored text may exceed what the control lets one type.
    fixture.componentInstance.draft.set({
      title: 'Judul',
      description: 'x'.repeat(FIELD_LIMITS.itemDescription.max + 1),
    });
    await leave(description);
    expect(errors()).toEqual(['Uraian paling banyak 4.000 karakter.']);

    await TestBed.inject(I18nService).setLang('en');
    await fixture.whenStable();
    expect(errors()).toEqual(['The description can have at most 4,000 characters.']);

    await type(description, 'Cukup.');
    await submit();
    expect(fixture.componentInstance.saved).toEqual([{ title: 'Judul', description: 'Cukup.' }]);
  });
});
