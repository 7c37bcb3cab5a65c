import { Injectable, NotFoundException } from '@nestjs/common';

export type ImportPhase = 'reading' | 'validating' | 'writing' | 'scoring' | 'done' | 'failed';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

interface Entry extends ImportProgress {
  userId: number;
  touchedAt: number;
}

const KEEP_MS = 60 * 60 * 1000;

/** In-memory progress of running imports, enough for one API process; entries expire after an hour. */
@Injectable()
export class ImportProgressService {
  private readonly entries = new Map<string, Entry>();

  report(importId: string, userId: number, p: ImportProgress): void {
    const now = Date.now();
    for (const [id, e] of this.entries) if (now - e.touchedAt > KEEP_MS) this.entries.delete(id);
    this.entries.set(importId, { ...p, userId, touchedAt: now });
  }

  /** Only the user who started the import (or an admin) may follow it; others get 404 as for an unknown id. */
  get(importId: string, userId: number, admin: boolean): ImportProgress {
    const e = this.entries.get(importId);
    if (!e || (!admin && e.userId !== userId))
      throw new NotFoundException('No import with this id is running or finished recently');
    return { phase: e.phase, done: e.done, total: e.total };
  }
}

/** Reports one import's phases, bound to its id and user. */
export type ProgressFn = (phase: ImportPhase, done: number, total: number) => void;
