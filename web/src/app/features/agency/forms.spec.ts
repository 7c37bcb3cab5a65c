import { localToday, validatePublication } from './publication-form';
import { validateItem } from './item-form';

describe('agency forms', () => {
  it('needs a channel and a date not after today for a publication; the link is optional but must be a web address', () => {
    const today = '2026-11-23';
    expect(validatePublication({ channel: '', url: '', publishedAt: '', note: '' }, today)).toEqual({
      channel: 'publicationForm.channelRequired',
      publishedAt: 'publicationForm.dateRequired',
    });
    expect(validatePublication({ channel: 'banner', url: '', publishedAt: '2026-11-24', note: '' }, today)).toEqual({
      publishedAt: 'publicationForm.dateFuture',
    });
    expect(validatePublication({ channel: 'poster', url: 'www.x.go.id', publishedAt: today, note: '' }, today)).toEqual(
      {
        url: 'publicationForm.urlInvalid',
      },
    );
    expect(
      validatePublication({ channel: 'website', url: 'https://x.go.id/a', publishedAt: today, note: '' }, today),
    ).toEqual({});
  });

  it("writes today's date in the user's calendar", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('asks for an item title of 3 to 300 characters', () => {
    expect(validateItem({ title: ' ab ', description: '' })).toEqual({ title: 'itemForm.titleTooShort' });
    expect(validateItem({ title: 'x'.repeat(301), description: '' })).toEqual({ title: 'itemForm.titleTooLong' });
    expect(validateItem({ title: 'Klinik konsultasi', description: 'x'.repeat(4001) })).toEqual({
      description: 'itemForm.descriptionTooLong',
    });
    expect(validateItem({ title: 'Klinik konsultasi', description: '' })).toEqual({});
  });
});
