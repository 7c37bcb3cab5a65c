import { problemsOf } from '../../../testing/form-problems';
import { decisionSchema, responseSchema } from './follow-up-forms';

describe('follow-up form rules', () => {
  it('asks for the response text and a full evidence link', () => {
    expect(problemsOf(responseSchema, { text: '  ', evidenceUrl: '' })).toEqual({
      text: 'followUpForm.textRequired',
      evidenceUrl: 'followUpForm.urlRequired',
    });
    expect(problemsOf(responseSchema, { text: 'Sudah dipasang', evidenceUrl: 'kalteng.go.id/bukti' })).toEqual({
      evidenceUrl: 'followUpForm.urlInvalid',
    });
    expect(problemsOf(responseSchema, { text: 'Sudah dipasang', evidenceUrl: 'javascript:alert(1)' })).toEqual({
      evidenceUrl: 'followUpForm.urlInvalid',
    });
    expect(problemsOf(responseSchema, { text: 'x'.repeat(4001), evidenceUrl: 'https://kalteng.go.id/bukti' })).toEqual({
      text: 'followUpForm.textTooLong',
    });
    expect(
      problemsOf(responseSchema, { text: 'Sudah dipasang', evidenceUrl: 'https://kalteng.go.id/bukti/1' }),
    ).toEqual({});
  });

  it('needs a colour to accept and a note to reject', () => {
    expect(problemsOf(decisionSchema, { decision: '', color: '', note: '' })).toEqual({
      decision: 'decisionForm.decisionRequired',
    });
    expect(problemsOf(decisionSchema, { decision: 'accept', color: '', note: '' })).toEqual({
      color: 'decisionForm.colorRequired',
    });
    expect(problemsOf(decisionSchema, { decision: 'accept', color: 'green', note: '' })).toEqual({});
    expect(problemsOf(decisionSchema, { decision: 'reject', color: '', note: ' ' })).toEqual({
      note: 'decisionForm.noteRequired',
    });
    expect(
      problemsOf(decisionSchema, { decision: 'reject', color: '', note: 'Bukti belum menunjukkan pelaksanaan.' }),
    ).toEqual({});
  });
});
