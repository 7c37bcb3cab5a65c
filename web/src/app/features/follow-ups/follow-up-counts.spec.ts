import { ID } from '../../core/i18n/id';
import { interpolate } from '../../core/i18n/interpolate';
import { countsText } from './follow-up-counts';

const translate = (key: keyof typeof ID, params: Record<string, string>) => interpolate(ID[key], params);
const idNumber = (n: number) => n.toLocaleString('id-ID');

describe('follow-up counts in words', () => {
  it("names the server's total and every state, zeros too", () => {
    const text = countsText(
      1053,
      { open: 990, responded: 41, accepted: 7, rejected: 15, overdue: 300 },
      translate,
      idNumber,
    );
    expect(text).toBe(
      '1.053 tindak lanjut: 990 menunggu jawaban · 41 dijawab · 7 diterima · 15 ditolak · 300 lewat tenggat',
    );
    expect(countsText(0, { open: 0, responded: 0, accepted: 0, rejected: 0, overdue: 0 }, translate, idNumber)).toBe(
      '0 tindak lanjut: 0 menunggu jawaban · 0 dijawab · 0 diterima · 0 ditolak · 0 lewat tenggat',
    );
  });
});
