import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  allowedTransitions,
  canTransition,
  DEFAULT_FOLLOW_UP_DAYS,
  DEFAULT_THRESHOLDS,
  PeriodState,
  PeriodView,
  TransitionResult,
  validateThresholds,
} from '@pantau/domain';
import { AuditService } from '../audit/audit.service';
import { apiError } from '../common/api-error';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { CreatePeriodDto, UpdatePeriodDto } from './dto/period.dto';
import { Period } from './period.entity';
import { toPeriodView } from './period-view';

@Injectable()
export class PeriodsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly followUps: FollowUpsService,
  ) {}

  async list(): Promise<PeriodView[]> {
    const periods = await this.dataSource.getRepository(Period).find({ order: { year: 'DESC', id: 'DESC' } });
    const frozen = await this.frozenVersions(this.dataSource.manager);
    return periods.map((p) => toPeriodView(p, frozen.has(p.instrumentVersion)));
  }

  async get(id: number, m: EntityManager = this.dataSource.manager): Promise<PeriodView> {
    const p = await m.findOne(Period, { where: { id } });
    if (!p) throw apiError(404, 'period-not-found', {}, 'Period not found');
    return toPeriodView(p, (await this.frozenVersions(m)).has(p.instrumentVersion));
  }

  async create(dto: CreatePeriodDto): Promise<PeriodView> {
    const thresholds = {
      green: dto.greenThreshold ?? DEFAULT_THRESHOLDS.green,
      yellow: dto.yellowThreshold ?? DEFAULT_THRESHOLDS.yellow,
    };
    const problem = validateThresholds(thresholds);
    if (problem) throw apiError(400, 'thresholds-invalid', thresholds, problem);
    const id = await this.dataSource.transaction(async (m) => {
      if (await m.findOne(Period, { where: { name: dto.name.trim() } })) {
        const name = dto.name.trim();
        throw apiError(409, 'period-name-taken', { name }, `A period named "${name}" already exists`);
      }
      await m.query(`INSERT INTO instrument (version, stage) VALUES ($1, 'concept') ON CONFLICT (version) DO NOTHING`, [
        dto.instrumentVersion,
      ]);
      const p = await m.save(Period, {
        name: dto.name.trim(),
        year: dto.year,
        state: 'draft' as PeriodState,
        greenThreshold: thresholds.green,
        yellowThreshold: thresholds.yellow,
        instrumentVersion: dto.instrumentVersion,
        followUpDays: dto.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS,
        followUpOnYellow: dto.followUpOnYellow ?? false,
      });
      await this.audit.record(m, { action: 'period.created', entityType: 'period', entityId: p.id, after: dto });
      return p.id;
    });
    return this.get(id);
  }

  async update(id: number, dto: UpdatePeriodDto): Promise<PeriodView> {
    await this.dataSource.transaction(async (m) => {
      const p = await this.lock(m, id);
      if (p.state === 'closed') throw apiError(409, 'period-closed', {}, 'A closed period is read only');
      const before = { ...p };
      const thresholds = {
        green: dto.greenThreshold ?? p.greenThreshold,
        yellow: dto.yellowThreshold ?? p.yellowThreshold,
      };
      const problem = validateThresholds(thresholds);
      if (problem) throw apiError(400, 'thresholds-invalid', thresholds, problem);
      Object.assign(p, {
        name: dto.name?.trim() ?? p.name,
        greenThreshold: thresholds.green,
        yellowThreshold: thresholds.yellow,
        followUpDays: dto.followUpDays ?? p.followUpDays,
        followUpOnYellow: dto.followUpOnYellow ?? p.followUpOnYellow,
      });
      await m.save(Period, p);
      await this.audit.record(m, { action: 'period.updated', entityType: 'period', entityId: id, before, after: p });
    });
    return this.get(id);
  }

  /** Moves a period along the brief's lifecycle; publishing opens the follow-ups in the same transaction. */
  async transition(id: number, to: PeriodState): Promise<TransitionResult> {
    let opened: number | undefined;
    await this.dataSource.transaction(async (m) => {
      const p = await this.lock(m, id);
      if (!canTransition(p.state, to)) {
        const allowed = allowedTransitions(p.state);
        const message = `A period in state "${p.state}" cannot move to "${to}"; allowed: ${allowed.length ? allowed.join(', ') : 'none (closed periods are final)'}`;
        throw apiError(409, 'period-transition-refused', { from: p.state, to, allowed }, message, { allowed });
      }
      const from = p.state;
      p.state = to;
      if (to === 'open') {
        p.openedAt ??= new Date();
        // The instrument's criteria freeze when the first period using them opens.
        await m.query(`UPDATE instrument SET frozen_at = now() WHERE version = $1 AND frozen_at IS NULL`, [
          p.instrumentVersion,
        ]);
      }
      if (to === 'published') p.publishedAt = new Date();
      await m.save(Period, p);
      if (to === 'published') opened = await this.followUps.openForPublishedPeriod(m, id);
      await this.audit.record(m, {
        action: 'period.transitioned',
        entityType: 'period',
        entityId: id,
        before: { state: from },
        after: { state: to, followUpsOpened: opened },
      });
    });
    return { ...(await this.get(id)), ...(opened !== undefined ? { followUpsOpened: opened } : {}) };
  }

  private async lock(m: EntityManager, id: number): Promise<Period> {
    const p = await m
      .getRepository(Period)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
    if (!p) throw apiError(404, 'period-not-found', {}, 'Period not found');
    return p;
  }

  private async frozenVersions(m: EntityManager): Promise<Set<string>> {
    const rows: Array<{ version: string }> = await m.query(
      `SELECT version FROM instrument WHERE frozen_at IS NOT NULL`,
    );
    return new Set(rows.map((r) => r.version));
  }
}
