import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfigService } from '../../services/config/app-config.service';
import { Slots } from './slots';

const gzipAsync = promisify(gzip);

/** Answers that depend on the clock (overdue follow-ups, the 90-day publication window) may lag by this much. */
export const MAX_AGE_MS = 60_000;

export interface CachedAnswer {
  stamp: string;
  body: Buffer;
  etag: string;
  storedAt: number;
  gzipped?: Promise<Buffer>;
}

/**
 * Serialized answers of the dashboard reads, per audience and URL, reused while the database is unchanged.
 *
 * The stamp is PostgreSQL's current snapshot (`xmin:xmax:running xids`). It changes whenever a transaction
 * that writes starts or ends, in this process or any other, and never returns to an earlier value. An answer
 * computed after reading a stamp therefore reflects every commit that the stamp reflects, and stays current
 * for as long as the stamp reads the same. No write path has to remember to invalidate anything.
 */
@Injectable()
export class ReadCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly inFlight = new Map<string, { stamp: string; answer: Promise<CachedAnswer> }>();
  private readonly limitBytes: number;
  private bytes = 0;
  /**
   * Answers computed at once. Each holds its rows and text in memory until sent, and more at a time than the
   * cores can serve only adds memory (16 national matrices at once took the heap past 200 MB), not speed.
   */
  readonly slots = new Slots(Math.max(2, availableParallelism() * 2));

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfigService,
  ) {
    this.limitBytes = config.values.readCacheMb * 1024 * 1024;
  }

  get enabled(): boolean {
    return this.limitBytes > 0;
  }

  async stamp(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT pg_current_snapshot()::text AS stamp`);
    return row.stamp;
  }

  get(key: string, stamp: string, now = Date.now()): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key, entry);
    if (entry.stamp !== stamp || now - entry.storedAt > MAX_AGE_MS) return undefined;
    this.entries.set(key, entry); // most recently used last
    this.bytes += entry.body.length;
    return entry;
  }

  /** Serializes and keeps `value` under `stamp` (the stamp read before it was computed). */
  put(key: string, stamp: string, value: unknown): CachedAnswer {
    const body = Buffer.from(JSON.stringify(value) ?? 'null');
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    const entry: CachedAnswer = { stamp, body, etag, storedAt: Date.now() };
    if (body.length > this.limitBytes / 4) return entry; // too large to keep without crowding out the rest
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.dropOlderThan(stamp);
    this.entries.set(key, entry);
    this.bytes += body.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.limitBytes) break;
      this.remove(k, e);
    }
    return entry;
  }

  /** The answer to `key` already being computed under `stamp`, if any. */
  pending(key: string, stamp: string): Promise<CachedAnswer> | undefined {
    const p = this.inFlight.get(key);
    return p?.stamp === stamp ? p.answer : undefined;
  }

  /** Registers an answer being computed, for requests with the same key and stamp to wait for. */
  computing(key: string, stamp: string, answer: Promise<CachedAnswer>): void {
    const entry = { stamp, answer };
    this.inFlight.set(key, entry);
    const done = () => {
      if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
    };
    answer.then(done, done);
  }

  /** The answer gzip-compressed, computed once per answer and off the event loop. */
  gzipped(entry: CachedAnswer): Promise<Buffer> {
    entry.gzipped ??= gzipAsync(entry.body, { level: 6 });
    return entry.gzipped;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string, entry: CachedAnswer): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }

  /** Answers under a stamp older than `stamp` can never be served again: free them now. */
  private dropOlderThan(stamp: string): void {
    const xmax = stampXmax(stamp);
    for (const [k, e] of this.entries) if (e.stamp !== stamp && stampXmax(e.stamp) < xmax) this.remove(k, e);
  }
}

/** The snapshot's xmax: the first transaction id not yet assigned, which only grows. */
export function stampXmax(stamp: string): bigint {
  return BigInt(stamp.split(':')[1] ?? '0');
}
