import { problemsOf } from '../../../testing/form-problems';
import { itemSchema } from './item-form';
import { localToday, publicationSchema } from './publication-form';

const item = { pillar: 'berorientasi-pelayanan', title: '', description: '', cadence: 'monthly', workUnitId: '' };

describe('agency forms', () => {
  it('needs a channel and a date not after today for a publication; the link is optional but must be a web address', () => {
    const today = '2026-11-23';
    const rules = publicationSchema(() => today);
    expect(problemsOf(rules, { channel: '', url: '', publishedAt: '', note: '' })).toEqual({
      channel: 'publicationForm.channelRequired',
      publishedAt: 'publicationForm.dateRequired',
    });
    expect(problemsOf(rules, { channel: 'banner', url: '', publishedAt: '2026-11-24', note: '' })).toEqual({
      publishedAt: 'publicationForm.dateFuture',
    });
    expect(problemsOf(rules, { channel: 'poster', url: 'www.x.go.id', publishedAt: today, note: '' })).toEqual({
      url: 'publicationForm.urlInvalid',
    });
    expect(problemsOf(rules, { channel: 'website', url: 'https://x.go.id/a', publishedAt: today, note: '' })).toEqual(
      {},
    );
  });

  it("writes today's date in the user's calendar", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('asks for an item title of 3 to 300 characters', () => {
    expect(problemsOf(itemSchema, { ...item, title: ' ab ' })).toEqual({ title: 'itemForm.titleTooShort' });
    expect(problemsOf(itemSchema, { ...item, title: 'x'.repeat(301) })).toEqual({ title: 'itemForm.titleTooLong' });
    expect(problemsOf(itemSchema, { ...item, title: 'Klinik konsultasi', description: 'x'.repeat(4001) })).toEqual({
      description: 'itemForm.descriptionTooLong',
    });
    expect(problemsOf(itemSchema, { ...item, title: 'Klinik konsultasi' })).toEqual({});
  });
});
