import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AssignmentView, AssignResult, WorkloadView } from '@pantau/domain';
import { AuditService } from '../audit/audit.service';
import { apiError } from '../common/api-error';

@Injectable()
export class AssignmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(periodId: number, evaluatorId?: number): Promise<AssignmentView[]> {
    await this.assertPeriod(periodId);
    return this.dataSource.query(
      `SELECT ea.agency_id AS "agencyId", a.name AS "agencyName", a.code AS "agencyCode", a.batch_code AS batch,
              ea.evaluator_id AS "evaluatorId", u.display_name AS "evaluatorName",
              COALESCE(s.rated, 0) AS rated, COALESCE(s.total, 0) AS total, p.evaluated_at AS "evaluatedAt"
       FROM evaluator_assignment ea JOIN agency a ON a.id = ea.agency_id JOIN app_user u ON u.id = ea.evaluator_id
       LEFT JOIN agency_score s ON s.period_id = ea.period_id AND s.agency_id = ea.agency_id
       LEFT JOIN action_plan p ON p.period_id = ea.period_id AND p.agency_id = ea.agency_id
       WHERE ea.period_id = $1 AND ($2::int IS NULL OR ea.evaluator_id = $2)
       ORDER BY a.batch_code, a.name`,
      [periodId, evaluatorId ?? null],
    );
  }

  async assign(periodId: number, evaluatorId: number, agencyIds: number[]): Promise<AssignResult> {
    const ids = [...new Set(agencyIds)];
    return this.dataSource.transaction(async (m) => {
      await this.assertPeriod(periodId);
      const [evaluator] = await m.query(
        `SELECT id FROM app_user WHERE id = $1 AND role = 'evaluator' AND NOT disabled`,
        [evaluatorId],
      );
      if (!evaluator) {
        const message = `User ${evaluatorId} is not an active evaluator`;
        throw apiError(400, 'not-an-active-evaluator', { userId: evaluatorId }, message);
      }
      const known: Array<{ id: number }> = await m.query(`SELECT id FROM agency WHERE id = ANY($1::int[])`, [ids]);
      if (known.length !== ids.length) {
        const missing = ids.filter((id) => !known.some((k) => k.id === id)).slice(0, 10);
        throw apiError(400, 'agencies-unknown', { agencyIds: missing }, `Unknown agency id(s): ${missing.join(', ')}`);
      }
      const before = await m.query(
        `SELECT agency_id, evaluator_id FROM evaluator_assignment WHERE period_id = $1 AND agency_id = ANY($2::int[]) ORDER BY agency_id`,
        [periodId, ids],
      );
      await m.query(
        `INSERT INTO evaluator_assignment (period_id, evaluator_id, agency_id)
         SELECT $1, $2, unnest($3::int[])
         ON CONFLICT (period_id, agency_id) DO UPDATE SET evaluator_id = EXCLUDED.evaluator_id`,
        [periodId, evaluatorId, ids],
      );
      await this.audit.record(m, {
        action: 'assignment.assigned',
        entityType: 'period',
        entityId: periodId,
        before,
        after: { evaluatorId, agencyIds: ids },
      });
      return { assigned: ids.length };
    });
  }

  async unassign(periodId: number, agencyId: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const rows = await m.query(
        `DELETE FROM evaluator_assignment WHERE period_id = $1 AND agency_id = $2 RETURNING evaluator_id`,
        [periodId, agencyId],
      );
      if (rows.length === 0) {
        const message = 'No evaluator is assigned to this agency in this period';
        throw apiError(404, 'assignment-not-found', {}, message);
      }
      await this.audit.record(m, {
        action: 'assignment.removed',
        entityType: 'agency',
        entityId: agencyId,
        agencyId,
        before: { periodId, evaluatorId: rows[0].evaluator_id },
      });
    });
  }

  async workload(periodId: number): Promise<WorkloadView[]> {
    await this.assertPeriod(periodId);
    return this.dataSource.query(
      `SELECT u.id AS "evaluatorId", u.username, u.display_name AS "displayName",
              count(ea.agency_id)::int AS agencies,
              count(p.evaluated_at)::int AS "agenciesDone",
              COALESCE(sum(s.total), 0)::int AS items, COALESCE(sum(s.rated), 0)::int AS rated,
              COALESCE(sum(s.total - s.rated), 0)::int AS unrated,
              COALESCE(sum((SELECT count(*) FROM follow_up f
                            WHERE f.period_id = $1 AND f.agency_id = ea.agency_id AND f.state = 'responded')), 0)::int
                AS "awaitingDecision"
       FROM app_user u
       LEFT JOIN evaluator_assignment ea ON ea.evaluator_id = u.id AND ea.period_id = $1
       LEFT JOIN agency_score s ON s.period_id = $1 AND s.agency_id = ea.agency_id
       LEFT JOIN action_plan p ON p.period_id = $1 AND p.agency_id = ea.agency_id
       WHERE u.role = 'evaluator' AND NOT u.disabled
       GROUP BY u.id ORDER BY u.display_name`,
      [periodId],
    );
  }

  private async assertPeriod(periodId: number): Promise<void> {
    const rows = await this.dataSource.query(`SELECT 1 FROM period WHERE id = $1`, [periodId]);
    if (rows.length === 0) throw apiError(404, 'period-not-found', {}, 'Period not found');
  }
}
