import { validateDecision, validateResponse } from './follow-up-forms';

describe('follow-up form rules', () => {
  it('asks for the response text and a full evidence link', () => {
    expect(validateResponse({ text: '  ', evidenceUrl: '' })).toEqual({
      text: 'followUpForm.textRequired',
      evidenceUrl: 'followUpForm.urlRequired',
    });
    expect(validateResponse({ text: 'Sudah dipasang', evidenceUrl: 'kalteng.go.id/bukti' })).toEqual({
      evidenceUrl: 'followUpForm.urlInvalid',
    });
    expect(validateResponse({ text: 'Sudah dipasang', evidenceUrl: 'javascript:alert(1)' })).toEqual({
      evidenceUrl: 'followUpForm.urlInvalid',
    });
    expect(validateResponse({ text: 'x'.repeat(4001), evidenceUrl: 'https://kalteng.go.id/bukti' })).toEqual({
      text: 'followUpForm.textTooLong',
    });
    expect(validateResponse({ text: 'Sudah dipasang', evidenceUrl: 'https://kalteng.go.id/bukti/1' })).toEqual({});
  });

  it('needs a colour to accept and a note to reject', () => {
    expect(validateDecision({ decision: null, color: null, note: '' })).toEqual({
      decision: 'decisionForm.decisionRequired',
    });
    expect(validateDecision({ decision: 'accept', color: null, note: '' })).toEqual({
      color: 'decisionForm.colorRequired',
    });
    expect(validateDecision({ decision: 'accept', color: 'green', note: '' })).toEqual({});
    expect(validateDecision({ decision: 'reject', color: null, note: ' ' })).toEqual({
      note: 'decisionForm.noteRequired',
    });
    expect(validateDecision({ decision: 'reject', color: null, note: 'Bukti belum menunjukkan pelaksanaan.' })).toEqual(
      {},
    );
  });
});
