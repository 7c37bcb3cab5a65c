import { Injectable, Logger } from '@nestjs/common';
import { hash } from 'argon2';
import { DataSource } from 'typeorm';
import { AppConfigService } from '../../services/config/app-config.service';
import { seedDemo } from './demo-seed';

const SEED_LOCK = 7_201_001;

@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfigService,
  ) {}

  /** Seeds the national demo once, on an empty database; never in production unless SEED_DEMO=1. */
  async seedIfEmpty(): Promise<boolean> {
    if (!this.config.values.seedDemo) return false;
    const started = Date.now();
    const seeded = await this.dataSource.transaction(async (m) => {
      // Two processes starting together on one empty database must not both seed it.
      await m.query(`SELECT pg_advisory_xact_lock($1)`, [SEED_LOCK]);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM agency`);
      if (n > 0) return false;
      this.logger.log('Empty database: seeding the national demo (about 632 agencies)…');
      await seedDemo(m, await hash(this.config.values.demoPassword));
      return true;
    });
    if (seeded) this.logger.log(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return seeded;
  }
}
