import { Injectable } from '@nestjs/common';
import { AppConfigService } from '../../services/config/app-config.service';
import { apiError, ApiError } from '../common/api-error';
import { collectGarbage } from './collect-garbage';
import { ImportJobsService } from './import-jobs.service';

interface Waiting {
  importId: string;
  start: () => void;
}

export function isQueueFull(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'import-queue-full';
}

/**
 * At most IMPORT_CONCURRENCY imports read and write at a time in this process; the others wait their turn in
 * order of arrival, their files on disk, and see their place in line in their progress. Twelve 4.6 MB
 * workbooks parsed at once took the process to 2.9 GB; one at a time, with a collection between two imports,
 * it stays a few hundred MB.
 */
@Injectable()
export class ImportQueueService {
  private running = 0;
  private readonly waiting: Waiting[] = [];

  constructor(
    private readonly config: AppConfigService,
    private readonly jobs: ImportJobsService,
  ) {}

  async run<T>(importId: string, work: () => Promise<T>): Promise<T> {
    const { importConcurrency, importQueueLimit } = this.config.values;
    if (this.running < importConcurrency && this.waiting.length === 0) this.running += 1;
    else {
      if (this.waiting.length >= importQueueLimit) {
        const message = `${importQueueLimit} imports are already waiting; try again in a few minutes`;
        throw apiError(503, 'import-queue-full', { limit: importQueueLimit }, message);
      }
      await new Promise<void>((start) => {
        this.waiting.push({ importId, start });
        this.announcePositions();
      });
    }
    try {
      return await work();
    } finally {
      collectGarbage();
      this.handOver();
    }
  }

  /** The finished import's slot goes straight to the next in line. */
  private handOver(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.running -= 1;
      return;
    }
    this.announcePositions();
    next.start();
  }

  private announcePositions(): void {
    this.waiting.forEach((w, i) =>
      this.jobs.report(w.importId, { phase: 'queued', done: 0, total: 0, position: i + 1 }),
    );
  }
}
