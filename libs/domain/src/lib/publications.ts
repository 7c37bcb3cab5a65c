import { RatingColor } from './ratings';

export const CHANNELS = ['banner', 'poster', 'social-media', 'mass-media', 'online-news', 'website', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_NAMES: Readonly<Record<Channel, { id: string; en: string }>> = {
  banner: { id: 'Spanduk', en: 'Banner' },
  poster: { id: 'Poster', en: 'Poster' },
  'social-media': { id: 'Media sosial', en: 'Social media' },
  'mass-media': { id: 'Media massa', en: 'Mass media' },
  'online-news': { id: 'Berita daring', en: 'Online news' },
  website: { id: 'Situs web', en: 'Website' },
  other: { id: 'Lainnya', en: 'Other' },
};

/** How often an item promises to publish. */
export const CADENCES = ['weekly', 'monthly', 'quarterly'] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_DAYS: Readonly<Record<Cadence, number>> = { weekly: 7, monthly: 31, quarterly: 92 };

export const FREQUENCIES = ['weekly', 'monthly', 'occasional', 'none'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Frequency is read from the publications in this trailing window. */
export const FREQUENCY_WINDOW_DAYS = 90;
/** At least this many publications in the window: about one a week (13 weeks in 90 days, 1 missed). */
export const WEEKLY_MIN = 12;
/** At least this many publications in the window: about one a month. */
export const MONTHLY_MIN = 3;

const DAY_MS = 86_400_000;

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function isCadence(value: unknown): value is Cadence {
  return typeof value === 'string' && (CADENCES as readonly string[]).includes(value);
}

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - FREQUENCY_WINDOW_DAYS * DAY_MS);
}

export function frequencyFromCount(countInWindow: number): Frequency {
  if (countInWindow >= WEEKLY_MIN) return 'weekly';
  if (countInWindow >= MONTHLY_MIN) return 'monthly';
  if (countInWindow >= 1) return 'occasional';
  return 'none';
}

/**
 * More than one cadence has passed since the last publication, counting from `since` (the later of the item's
 * creation and its period's opening) when there is none yet or it is older: an item is never overdue before it
 * has had one whole cadence to publish in.
 */
export function isPublicationOverdue(cadence: Cadence, lastPublishedAt: Date | null, since: Date, now: Date): boolean {
  const from = Math.max(lastPublishedAt?.getTime() ?? -Infinity, since.getTime());
  return now.getTime() - from > CADENCE_DAYS[cadence] * DAY_MS;
}

/** Channels that reach the public continuously: banners and posters that are renewed. */
const STANDING_CHANNELS: readonly Channel[] = ['banner', 'poster'];

export interface PublicationRecord {
  frequency: Frequency;
  channels: readonly Channel[];
}

export interface SuggestedColor {
  color: RatingColor;
  reasonId: string;
  reasonEn: string;
}

/**
 * The brief's publication rule: banners or posters renewed monthly or weekly mean green;
 * only periodic media, or only the agency's own website, mean yellow; nothing means red.
 */
export function suggestColor(record: PublicationRecord): SuggestedColor {
  const { frequency, channels } = record;
  if (frequency === 'none' || channels.length === 0) {
    return {
      color: 'red',
      reasonId: 'Tidak ada publikasi dalam 90 hari terakhir.',
      reasonEn: 'No publication in the last 90 days.',
    };
  }
  const standing = channels.some((c) => STANDING_CHANNELS.includes(c));
  if (standing && (frequency === 'weekly' || frequency === 'monthly')) {
    const per = frequency === 'weekly' ? 'mingguan' : 'bulanan';
    return {
      color: 'green',
      reasonId: `Spanduk/poster diperbarui secara ${per}; menjangkau publik secara luas.`,
      reasonEn: `Banners/posters renewed ${frequency}; reaches the public broadly.`,
    };
  }
  if (channels.every((c) => c === 'website')) {
    return {
      color: 'yellow',
      reasonId: 'Hanya dipublikasikan di situs web instansi.',
      reasonEn: "Published only on the agency's own website.",
    };
  }
  return {
    color: 'yellow',
    reasonId: 'Publikasi hanya berkala melalui media (sekali atau dua kali sebulan atau lebih jarang).',
    reasonEn: 'Only periodic media publication (once or twice a month or less).',
  };
}
