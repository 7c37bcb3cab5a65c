import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { agenciesMayAnswer, AWAITING_ANSWER_STATES } from '@pantau/domain';
import type { FollowUpEventKind, FollowUpHistoryEntry, FollowUpState, PeriodState, Role } from '@pantau/domain';
import { scopeIncludes } from '../access/agency-scope';
import { ScopeService } from '../access/scope.service';
import { AuditService } from '../audit/audit.service';
import { apiError } from '../common/api-error';
import type { AuthUser } from '../auth/auth-user';
import { quote, tanggal } from '../notifications/indonesian-text';
import { NotificationsService } from '../notifications/notifications.service';

interface Target {
  id: number;
  agencyId: number;
  agencyBatch: string;
  periodId: number;
  periodName: string;
  periodState: PeriodState;
  state: FollowUpState;
  dueDate: string;
  itemTitle: string;
}

/**
 * What a provincial coordination team does about its regencies' follow-ups: remind the agency team, or leave it a
 * note. Both land in the follow-up's history and in the team's notifications; neither answers for the agency.
 */
@Injectable()
export class FollowUpCoordination {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  remind(user: AuthUser, id: number, message: string | undefined): Promise<FollowUpHistoryEntry[]> {
    return this.dataSource.transaction(async (m) => {
      const f = await this.target(m, user, id);
      if (!(AWAITING_ANSWER_STATES as readonly string[]).includes(f.state)) {
        throw apiError(
          409,
          'follow-up-not-awaiting',
          { state: f.state },
          `Only a follow-up that awaits the agency's answer can be reminded of; this one is "${f.state}"`,
        );
      }
      const [already] = await m.query(
        `SELECT 1 FROM follow_up_event WHERE follow_up_id = $1 AND kind = 'reminder' AND at >= date_trunc('day', now())`,
        [id],
      );
      if (already) {
        throw apiError(
          409,
          'reminder-already-sent',
          {},
          'This follow-up was already reminded of today; one reminder a day is enough',
        );
      }
      const text = message?.trim() || null;
      await this.record(m, user, f, 'reminder', text);
      await this.notifications.notifyAgency(m, f.agencyId, {
        kind: 'follow-up-coordinator-reminder',
        title: `Pengingat dari koordinator provinsi · ${f.periodName}`,
        body: `${quote(f.itemTitle)} perlu ditanggapi paling lambat ${tanggal(f.dueDate)}.${text ? ` ${quote(text, 300)}` : ''}`,
        link: `/follow-ups/${id}`,
        periodId: f.periodId,
      });
      return this.history(user, id, m);
    });
  }

  note(user: AuthUser, id: number, text: string): Promise<FollowUpHistoryEntry[]> {
    return this.dataSource.transaction(async (m) => {
      const f = await this.target(m, user, id);
      await this.record(m, user, f, 'note', text.trim());
      await this.notifications.notifyAgency(m, f.agencyId, {
        kind: 'follow-up-coordinator-note',
        title: `Catatan koordinator provinsi · ${f.periodName}`,
        body: `${quote(f.itemTitle)}: ${quote(text.trim(), 300)}`,
        link: `/follow-ups/${id}`,
        periodId: f.periodId,
      });
      return this.history(user, id, m);
    });
  }

  /** Opened, answered, decided (from the audit trail, which keeps every round), reminders and notes, oldest first. */
  async history(
    user: AuthUser,
    id: number,
    m: EntityManager = this.dataSource.manager,
  ): Promise<FollowUpHistoryEntry[]> {
    const [f] = await m.query(
      `SELECT f.id, f.created_at, a.id AS "agencyId", a.batch_code AS "agencyBatch"
       FROM follow_up f JOIN agency a ON a.id = f.agency_id WHERE f.id = $1`,
      [id],
    );
    if (!f || !scopeIncludes(await this.scope.scopeOf(user), { id: f.agencyId, batchCode: f.agencyBatch })) {
      throw apiError(404, 'follow-up-not-found', {}, 'Follow-up not found');
    }
    const rows: Array<{
      kind: string;
      at: Date;
      userId: number | null;
      name: string | null;
      role: string | null;
      text: string | null;
    }> = await m.query(
      `SELECT * FROM (
           SELECT 'opened' AS kind, $2::timestamptz AS at, NULL::int AS "userId", NULL AS name, NULL AS role, NULL AS text
           UNION ALL
           SELECT CASE e.action WHEN 'follow-up.responded' THEN 'response' ELSE 'decision' END, e.at, e.user_id,
                  u.display_name, u.role,
                  CASE e.action WHEN 'follow-up.responded' THEN e.after->>'response'
                       ELSE concat_ws(': ', e.after->>'state', e.after->>'note') END
           FROM audit_event e LEFT JOIN app_user u ON u.id = e.user_id
           WHERE e.entity_type = 'follow-up' AND e.entity_id = $3
             AND e.action IN ('follow-up.responded', 'follow-up.accepted', 'follow-up.rejected')
           UNION ALL
           SELECT ev.kind, ev.at, ev.user_id, u.display_name, u.role, ev.text
           FROM follow_up_event ev LEFT JOIN app_user u ON u.id = ev.user_id
           WHERE ev.follow_up_id = $1
         ) h ORDER BY at, kind`,
      [id, f.created_at, String(id)],
    );
    return rows.map((r) => ({
      kind: r.kind as FollowUpHistoryEntry['kind'],
      at: new Date(r.at).toISOString(),
      by: r.userId ? { id: r.userId, displayName: r.name ?? '', role: r.role as Role } : null,
      text: r.text,
    }));
  }

  private async target(m: EntityManager, user: AuthUser, id: number): Promise<Target> {
    const [row]: Target[] = await m.query(
      `SELECT f.id, f.agency_id AS "agencyId", a.batch_code AS "agencyBatch", f.period_id AS "periodId",
              p.name AS "periodName", p.state AS "periodState", f.state, f.due_date::text AS "dueDate",
              i.title AS "itemTitle"
       FROM follow_up f JOIN agency a ON a.id = f.agency_id JOIN period p ON p.id = f.period_id
       JOIN plan_item i ON i.id = f.item_id
       WHERE f.id = $1 FOR SHARE OF f`,
      [id],
    );
    if (
      !row ||
      !scopeIncludes(await this.scope.scopeOf(user), { id: row.agencyId, batchCode: row.agencyBatch as never })
    ) {
      throw apiError(404, 'follow-up-not-found', {}, 'Follow-up not found');
    }
    // Coordinators push while agencies may still answer.
    if (!agenciesMayAnswer(row.periodState)) {
      throw apiError(
        409,
        'coordination-closed',
        { state: row.periodState },
        `Coordination happens while results are published or in the follow-up window; this period is "${row.periodState}"`,
      );
    }
    return row;
  }

  private async record(m: EntityManager, user: AuthUser, f: Target, kind: FollowUpEventKind, text: string | null) {
    await m.query(`INSERT INTO follow_up_event (follow_up_id, kind, user_id, text) VALUES ($1, $2, $3, $4)`, [
      f.id,
      kind,
      user.id,
      text,
    ]);
    await this.audit.record(m, {
      action: `follow-up.${kind}`,
      entityType: 'follow-up',
      entityId: f.id,
      agencyId: f.agencyId,
      periodId: f.periodId,
      after: { kind, text },
    });
  }
}
