import { CreatedSchema1795406709871 } from './1795406709871-CreatedSchema';
import { AddedAppendOnlyGuardsAndReferenceData1795406710871 } from './1795406710871-AddedAppendOnlyGuardsAndReferenceData';
import { AddedFollowUpLookupIndexes1795420000000 } from './1795420000000-AddedFollowUpLookupIndexes';
import { AddedAgencyNameIndex1795430000000 } from './1795430000000-AddedAgencyNameIndex';
import { DroppedUnusedCellScoreIndex1795440000000 } from './1795440000000-DroppedUnusedCellScoreIndex';
import { AddedSessionVersionsAndSignInThrottle1795460000000 } from './1795460000000-AddedSessionVersionsAndSignInThrottle';
import { AddedAuditEventPeriod1795470000000 } from './1795470000000-AddedAuditEventPeriod';
import { AddedCoordinatorsAndFollowUpHistory1795480000000 } from './1795480000000-AddedCoordinatorsAndFollowUpHistory';
import { AddedNotificationPeriod1795490000000 } from './1795490000000-AddedNotificationPeriod';
import { WidenedFollowUpAgencyIndex1795500000000 } from './1795500000000-WidenedFollowUpAgencyIndex';

/** Every migration in order; the app runs them at start. */
export const MIGRATIONS = [
  CreatedSchema1795406709871,
  AddedAppendOnlyGuardsAndReferenceData1795406710871,
  AddedFollowUpLookupIndexes1795420000000,
  AddedAgencyNameIndex1795430000000,
  DroppedUnusedCellScoreIndex1795440000000,
  AddedSessionVersionsAndSignInThrottle1795460000000,
  AddedAuditEventPeriod1795470000000,
  AddedCoordinatorsAndFollowUpHistory1795480000000,
  AddedNotificationPeriod1795490000000,
  WidenedFollowUpAgencyIndex1795500000000,
];
