import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FollowUpView } from '@pantau/domain';
import { of, throwError } from 'rxjs';
import { makeFollowUp } from '../../../testing/fixtures';
import { FollowUpResponseForm } from './follow-up-response-form';
import { FollowUpsDataService } from './follow-ups-data.service';

async function setup(followUp: FollowUpView = makeFollowUp(7)) {
  const respond = jest.fn((id: number, body: { text: string; evidenceUrl: string }) =>
    of({ ...followUp, id, state: 'responded' as const, response: body.text, evidenceUrl: body.evidenceUrl }),
  );
  TestBed.configureTestingModule({ providers: [{ provide: FollowUpsDataService, useValue: { respond } }] });
  const fixture = TestBed.createComponent(FollowUpResponseForm);
  fixture.componentRef.setInput('followUp', followUp);
  const responded: FollowUpView[] = [];
  fixture.componentInstance.responded.subscribe((v) => responded.push(v));
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  document.body.appendChild(el);
  const text = el.querySelector<HTMLTextAreaElement>('textarea')!;
  const url = el.querySelector<HTMLInputElement>('input[type="url"]')!;
  const fill = (control: HTMLTextAreaElement | HTMLInputElement, value: string) => {
    control.value = value;
    control.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await fixture.whenStable();
  };
  return { fixture, el, text, url, fill, submit, respond, responded };
}

const errorsOf = (el: HTMLElement) => [...el.querySelectorAll('.field__error')].map((e) => e.textContent?.trim());

describe('FollowUpResponseForm', () => {
  beforeEach(() => localStorage.clear());

  it('asks for the text and the evidence link before sending anything', async () => {
    const { el, text, url, submit, respond } = await setup();
    await submit();
    expect(respond).not.toHaveBeenCalled();
    expect(errorsOf(el)).toEqual(['Tuliskan apa yang sudah dilakukan.', 'Sertakan tautan bukti.']);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(text);
  });

  it('refuses a link that is not a full web address', async () => {
    const { el, text, url, fill, submit, respond } = await setup();
    fill(text, 'Spanduk sudah dipasang di semua loket.');
    fill(url, 'kalteng.go.id/bukti');
    await submit();
    expect(respond).not.toHaveBeenCalled();
    expect(errorsOf(el)).toEqual(['Tulis alamat lengkap yang diawali http:// atau https://.']);
    expect(document.activeElement).toBe(url);
  });

  it('sends the trimmed answer and reports the new state', async () => {
    const { text, url, fill, submit, respond, responded } = await setup();
    fill(text, '  Spanduk sudah dipasang di semua loket.  ');
    fill(url, ' https://kalteng.go.id/bukti/7 ');
    await submit();
    expect(respond).toHaveBeenCalledWith(7, {
      text: 'Spanduk sudah dipasang di semua loket.',
      evidenceUrl: 'https://kalteng.go.id/bukti/7',
    });
    expect(responded[0]?.state).toBe('responded');
  });

  it('starts from the earlier answer after a rejection', async () => {
    const { el, text, url } = await setup(
      makeFollowUp(8, { state: 'rejected', response: 'Jawaban lama', evidenceUrl: 'https://kalteng.go.id/lama' }),
    );
    expect(text.value).toBe('Jawaban lama');
    expect(url.value).toBe('https://kalteng.go.id/lama');
    expect(el.textContent).toContain('Tanggapan sebelumnya ditolak');
  });

  it("explains the server's refusal in the user's language", async () => {
    const { fixture, el, text, url, fill, submit, respond } = await setup();
    respond.mockImplementationOnce(() =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              statusCode: 409,
              message:
                'Follow-ups are answered while results are published or in the follow-up window; this period is "closed"',
              code: 'follow-up-answer-closed',
              params: { state: 'closed' },
            },
          }),
      ),
    );
    fill(text, 'Sudah');
    fill(url, 'https://kalteng.go.id/bukti');
    await submit();
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('periode ini sedang pada tahap Ditutup');
  });
});
