import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AuthUser } from '../auth/auth-user';
import type { ImportKind, ImportPhase, ImportProgress } from '@pantau/domain';
import { apiError } from '../common/api-error';

/** One import from its reservation to its end: the shape of a future `import_job` table. */
interface ImportJob extends ImportProgress {
  id: string;
  userId: number;
  kind: ImportKind;
  /** The period the upload must name (items and survey). */
  periodId: number | null;
  createdAt: number;
  touchedAt: number;
  finishedAt: number | null;
}

const KEEP_MS = 60 * 60 * 1000;
/** Unused reservations kept per user; a client that reserves without uploading cannot grow the store. */
const RESERVED_PER_USER = 50;

const notFound = () =>
  apiError(
    404,
    'import-not-found',
    {},
    'No import with this id was reserved by you, or it finished more than an hour ago',
  );

/** Agency teams import their own items; everything else is imported by admins. */
export function assertMayImport(user: AuthUser, kind: ImportKind): void {
  if (kind !== 'items' && user.role !== 'admin') {
    throw apiError(403, 'import-kind-forbidden', { kind }, `Only admins import ${kind}`);
  }
}

/**
 * Import ids, made by the server and bound to the user who reserved them, and the progress of each import.
 * Kept in this process's memory (an import runs in the process that received its file); every access goes
 * through this service so that the store can move to PostgreSQL without its callers changing.
 */
@Injectable()
export class ImportJobsService {
  private readonly jobs = new Map<string, ImportJob>();

  reserve(user: AuthUser, kind: ImportKind, periodId: number | null): string {
    assertMayImport(user, kind);
    this.prune();
    const mine = [...this.jobs.values()].filter((j) => j.userId === user.id && j.phase === 'reserved');
    for (const old of mine.slice(0, Math.max(0, mine.length - RESERVED_PER_USER + 1))) this.jobs.delete(old.id);
    const now = Date.now();
    const id = randomUUID();
    this.jobs.set(id, {
      id,
      userId: user.id,
      kind,
      periodId,
      phase: 'reserved',
      done: 0,
      total: 0,
      createdAt: now,
      touchedAt: now,
      finishedAt: null,
    });
    return id;
  }

  /**
   * Takes a reserved id for an upload of this kind by this user (404 for anyone else's, 409 once used);
   * without an id the server makes one on the spot.
   */
  claim(importId: string | undefined, user: AuthUser, kind: ImportKind, periodId: number | null): string {
    const id = importId ?? this.reserve(user, kind, periodId);
    const job = this.jobs.get(id);
    if (!job || job.userId !== user.id) throw notFound();
    if (job.kind !== kind) {
      const message = `This import id was reserved for importing ${job.kind}, not ${kind}`;
      throw apiError(409, 'import-id-wrong-kind', { reserved: job.kind, kind }, message);
    }
    if (job.periodId !== periodId) {
      const params = { reserved: job.periodId ?? 'none', periodId: periodId ?? 'none' };
      const message = `This import id was reserved for period ${job.periodId}, not ${periodId}`;
      throw apiError(409, 'import-id-wrong-period', params, message);
    }
    if (job.phase !== 'reserved') {
      throw apiError(
        409,
        'import-id-used',
        {},
        'This import id has already been used for an upload; reserve a new one',
      );
    }
    this.report(id, { phase: 'queued', done: 0, total: 0 });
    return id;
  }

  /** Gives a claimed id back, e.g. when the queue was full, so that the same id can be uploaded again later. */
  release(importId: string): void {
    this.report(importId, { phase: 'reserved', done: 0, total: 0 });
  }

  report(importId: string, p: ImportProgress): void {
    const job = this.jobs.get(importId);
    if (!job) return;
    const now = Date.now();
    const finished = p.phase === 'done' || p.phase === 'failed';
    this.jobs.set(importId, {
      ...job,
      phase: p.phase,
      done: p.done,
      total: p.total,
      position: p.position,
      touchedAt: now,
      finishedAt: finished ? now : null,
    });
  }

  /** Only the user who started the import (or an admin) may follow it; others get 404 as for an unknown id. */
  get(importId: string, user: AuthUser): ImportProgress {
    const job = this.jobs.get(importId);
    if (!job || Date.now() - job.touchedAt > KEEP_MS || (user.role !== 'admin' && job.userId !== user.id)) {
      throw notFound();
    }
    const progress: ImportProgress = { phase: job.phase, done: job.done, total: job.total };
    if (job.phase === 'queued' && job.position !== undefined) progress.position = job.position;
    return progress;
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, j] of this.jobs) {
      const idle = j.phase === 'reserved' || j.phase === 'done' || j.phase === 'failed';
      if (idle && now - j.touchedAt > KEEP_MS) this.jobs.delete(id);
    }
  }
}

/** Reports one import's phases, bound to its id. */
export type ProgressFn = (phase: ImportPhase, done: number, total: number) => void;
