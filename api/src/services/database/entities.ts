import { Agency } from '../../app/agencies/agency.entity';
import { RegionBatch } from '../../app/agencies/region-batch.entity';
import { WorkUnit } from '../../app/agencies/work-unit.entity';
import { AuditEvent } from '../../app/audit/audit-event.entity';
import { RefreshToken } from '../../app/auth/refresh-token.entity';
import { SignInThrottle } from '../../app/auth/sign-in-throttle.entity';
import { FollowUpEvent } from '../../app/follow-ups/follow-up-event.entity';
import { FollowUp } from '../../app/follow-ups/follow-up.entity';
import { JobRun } from '../../app/jobs/job-run.entity';
import { Notification } from '../../app/notifications/notification.entity';
import { Criterion } from '../../app/periods/criterion.entity';
import { Instrument } from '../../app/periods/instrument.entity';
import { Period } from '../../app/periods/period.entity';
import { PillarRow } from '../../app/periods/pillar.entity';
import { ActionPlan } from '../../app/plans/action-plan.entity';
import { PlanItem } from '../../app/plans/plan-item.entity';
import { Publication } from '../../app/publications/publication.entity';
import { Rating } from '../../app/ratings/rating.entity';
import { AgencyScore } from '../../app/scores/agency-score.entity';
import { CellCount } from '../../app/scores/cell-count.entity';
import { ScoreSnapshot } from '../../app/scores/score-snapshot.entity';
import { SurveyResult } from '../../app/survey/survey-result.entity';
import { EvaluatorAssignment } from '../../app/users/evaluator-assignment.entity';
import { User } from '../../app/users/user.entity';

export const ENTITIES = [
  RegionBatch,
  Agency,
  WorkUnit,
  PillarRow,
  Instrument,
  Criterion,
  Period,
  ActionPlan,
  PlanItem,
  Rating,
  CellCount,
  AgencyScore,
  ScoreSnapshot,
  Publication,
  FollowUp,
  FollowUpEvent,
  User,
  EvaluatorAssignment,
  RefreshToken,
  SignInThrottle,
  AuditEvent,
  SurveyResult,
  JobRun,
  Notification,
];
