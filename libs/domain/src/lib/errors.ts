import type { FollowUpState } from './follow-ups';
import type { PeriodState } from './periods';
import type { Role } from './roles';

/**
 * What a param of an error holds, so that a client can word it: numbers, texts and values are shown as they are,
 * states, roles and import kinds are translated, lists are joined, `seconds` is a wait and `fields` the
 * fields a request failed validation on. A kind ending in `?` is not always present.
 */
type ParamKind =
  | 'number'
  | 'text'
  | 'value'
  | 'date'
  | 'seconds'
  | 'periodState'
  | 'periodStates'
  | 'followUpState'
  | 'role'
  | 'importKind'
  | 'list'
  | 'fields';

/** One field that failed validation: the class-validator rule it broke and that rule's limit, when it has one. */
export interface ValidationField {
  /** The request's property, as a path for nested values (`ratings.2.color`). */
  field: string;
  /** The class-validator constraint's name (`maxLength`, `isInt`, `whitelistValidation` …), `notBlank` for /\S/. */
  rule: string;
  limit?: number;
}

interface ParamTypes {
  number: number;
  text: string;
  value: string | number;
  date: string;
  seconds: number;
  periodState: PeriodState;
  periodStates: readonly PeriodState[];
  followUpState: FollowUpState;
  role: Role;
  importKind: string;
  list: ReadonlyArray<string | number>;
  fields: readonly ValidationField[];
}

const none = {} as const;

/**
 * Every error the API answers with, by its stable code, with the kind of each of its params. Codes name what
 * happened, not the HTTP status; the English `message` beside them is for logs and API users, the web words
 * each code itself. Import row errors (inside a 422 import report) have codes of their own here too.
 */
export const ERROR_CATALOGUE = {
  // Requests the API cannot read
  'validation-failed': { fields: 'fields' },
  'invalid-id': { value: 'text' },
  'invalid-import-id': none,
  'body-not-json': none,
  'body-too-large': none,
  'body-malformed-json': none,
  'body-unreadable': none,
  'body-nested-too-deeply': none,
  'route-not-found': none,
  'url-malformed': none,

  // The database refused a value, or is away
  'record-exists': none,
  'record-referenced': none,
  'value-not-allowed': none,
  'value-missing': none,
  'value-wrong-format': none,
  'value-too-long': none,
  'number-out-of-range': none,
  'value-unstorable-character': none,
  'date-wrong-format': none,
  'date-out-of-range': none,
  'concurrent-change': none,
  'database-unavailable': none,
  'internal-error': none,

  // Signing in and access
  'sign-in-first': none,
  'session-expired': none,
  'session-ended': none,
  'account-unavailable': none,
  'wrong-credentials': none,
  'role-forbidden': { role: 'role' },
  'route-without-policy': none,
  'sign-in-delayed': { seconds: 'seconds' },
  'sign-in-rate-limited': { seconds: 'seconds' },
  'refresh-limited': { seconds: 'seconds' },
  'refresh-rate-limited': { seconds: 'seconds' },
  'wrong-current-password': none,
  'password-unchanged': none,

  // Things that are not there (or not visible to the user)
  'period-not-found': none,
  'agency-not-found': none,
  'item-not-found': none,
  'user-not-found': none,
  'follow-up-not-found': none,
  'notification-not-found': none,
  'assignment-not-found': none,
  'job-not-found': { name: 'text', jobs: 'list' },

  // Periods
  'period-name-taken': { name: 'text' },
  'period-closed': none,
  'period-transition-refused': { from: 'periodState', to: 'periodState', allowed: 'periodStates' },
  'thresholds-invalid': { green: 'number', yellow: 'number' },

  // Action plans
  'plan-locked': { state: 'periodState' },
  'plan-not-own': none,
  'item-has-ratings': none,
  'work-unit-not-of-agency': { workUnitId: 'number' },
  'criterion-not-of-pillar': { criterionId: 'number' },
  'evaluation-done-outside-evaluation': { state: 'periodState' },
  'agency-has-no-items': none,
  'items-not-all-rated': { unrated: 'number', total: 'number' },

  // Ratings
  'rating-period-closed': { state: 'periodState' },
  'rating-needs-open-follow-up': none,
  'rating-conflict': { expectedVersion: 'number', currentVersion: 'number' },
  'rater-not-evaluator': none,
  'rater-not-assigned': none,
  'bulk-rating-items-repeated': { itemIds: 'list' },
  'bulk-ratings-refused': { refused: 'number', total: 'number' },
  'item-not-in-period': none,

  // Publications
  'publication-not-own': none,
  'publications-closed': none,
  'published-at-out-of-range': { earliest: 'date', today: 'date' },

  // Follow-ups
  'follow-up-not-own': none,
  'follow-up-answer-closed': { state: 'periodState' },
  'follow-up-decide-closed': { state: 'periodState' },
  'follow-up-state-changed': { state: 'followUpState' },
  'follow-up-not-awaiting': { state: 'followUpState' },
  'reminder-already-sent': none,
  'coordination-closed': { state: 'periodState' },
  'assigned-me-not-evaluator': none,
  'not-a-province': { agencyId: 'number' },

  // Users and assignments
  'username-taken': { username: 'text' },
  'user-has-history': none,
  'last-active-admin': none,
  'agency-unknown': { agencyId: 'number' },
  'agencies-unknown': { agencyIds: 'list' },
  'agency-user-needs-agency': none,
  'agency-only-for-agency-users': none,
  'coordinator-needs-province': none,
  'batch-only-for-leadership': none,
  'not-an-active-evaluator': { userId: 'number' },

  // Audit trail
  'audit-range-reversed': { from: 'text', to: 'text' },

  // Imports
  'import-period-not-wanted': none,
  'import-period-required': { kind: 'importKind' },
  'import-kind-forbidden': { kind: 'importKind' },
  'import-not-found': none,
  'import-id-wrong-kind': { reserved: 'importKind', kind: 'importKind' },
  'import-id-wrong-period': { reserved: 'value', periodId: 'value' },
  'import-id-used': none,
  'import-queue-full': { limit: 'number' },
  'item-import-period-closed': { state: 'periodState', allowed: 'periodStates' },
  'survey-period-closed': none,
  'import-rows-invalid': { kind: 'importKind', errors: 'number', rows: 'number' },

  // Uploaded files
  'upload-missing-file': none,
  'upload-empty': none,
  'upload-too-large': { limitBytes: 'number', limit: 'text' },
  'upload-too-many-rows': { rows: 'number', limit: 'number' },
  'upload-wrong-type': none,
  'upload-has-formulas': { cell: 'text', count: 'number' },
  'upload-compression-bomb': {
    unpackedMb: 'number?',
    allowedMb: 'number?',
    uploadKb: 'number?',
    part: 'text?',
    declared: 'number?',
  },
  'upload-damaged': none,
  'upload-unreadable': none,
  'upload-malformed': none,

  // Rows of an imported file (in the 422 report's `errors`, each with its row and column)
  'column-repeated': { column: 'text', first: 'number', second: 'number' },
  'column-missing': { column: 'text', expected: 'list' },
  'score-columns-missing': { expected: 'list' },
  'cell-empty': none,
  'cell-too-short': { limit: 'number' },
  'cell-too-long': { limit: 'number' },
  'cell-repeated': { firstRow: 'number' },
  'agency-code-invalid': { value: 'text' },
  'agency-code-unknown': { value: 'text' },
  'agency-not-own': { value: 'text' },
  'agency-type-unknown': { value: 'text', allowed: 'list' },
  'batch-unknown': { value: 'text', allowed: 'list' },
  'province-code-invalid': { value: 'text' },
  'province-code-required': { type: 'text' },
  'parent-is-self': none,
  'parent-unknown': { value: 'text' },
  'parent-cycle': { value: 'text', code: 'text' },
  'pillar-unknown': { value: 'text' },
  'cadence-unknown': { value: 'text' },
  'criterion-unknown': { value: 'text' },
  'criterion-wrong-pillar': { value: 'text', pillar: 'text', expected: 'text' },
  'score-invalid': { value: 'text' },
  'row-without-score': none,
} as const satisfies Record<string, Readonly<Record<string, ParamKind | `${ParamKind}?`>>>;

type Catalogue = typeof ERROR_CATALOGUE;
export type ErrorCode = keyof Catalogue;

type RequiredParams<K> = {
  [P in keyof K as K[P] extends ParamKind ? P : never]: K[P] extends ParamKind ? ParamTypes[K[P]] : never;
};
type OptionalParams<K> = {
  [P in keyof K as K[P] extends ParamKind ? never : P]?: K[P] extends `${infer T extends ParamKind}?`
    ? ParamTypes[T]
    : never;
};
type Params<K> = keyof K extends never
  ? Record<string, never>
  : { [P in keyof (RequiredParams<K> & OptionalParams<K>)]: (RequiredParams<K> & OptionalParams<K>)[P] };

/** The params each code carries, typed from the catalogue (an empty record for a code without params). */
export type ErrorParams = { [C in ErrorCode]: Params<Catalogue[C]> };

export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as readonly ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}

/** The kind of each param of a code, optional ones with their `?`. */
export function errorParamKinds(code: ErrorCode): Readonly<Record<string, string>> {
  return ERROR_CATALOGUE[code];
}

/**
 * The rules a `validation-failed` answer names: class-validator's constraint names as the API's DTOs use them,
 * `notBlank` for @Matches(/\S/), `isObject` for a body that is not an object. An API test keeps it complete.
 */
export const VALIDATION_RULES = [
  'whitelistValidation',
  'nestedValidation',
  'isObject',
  'notBlank',
  'isString',
  'isInt',
  'isBoolean',
  'isArray',
  'isIn',
  'isUrl',
  'isUuid',
  'isIso8601',
  'isDayOrInstant',
  'matches',
  'minLength',
  'maxLength',
  'min',
  'max',
  'arrayMinSize',
  'arrayMaxSize',
  'colorMatchesDecision',
  'noteMatchesDecision',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

/** Every request field the API validates, so that clients can name it; an API test keeps it complete. */
export const VALIDATED_FIELDS = [
  'action',
  'agencyId',
  'agencyIds',
  'agencyType',
  'assigned',
  'batch',
  'cadence',
  'channel',
  'color',
  'criterionId',
  'currentPassword',
  'decision',
  'description',
  'disabled',
  'displayName',
  'dryRun',
  'entityId',
  'entityType',
  'evaluatorId',
  'evidenceUrl',
  'expectedVersion',
  'followUpDays',
  'followUpOnYellow',
  'from',
  'greenThreshold',
  'importId',
  'instrumentVersion',
  'itemId',
  'kind',
  'message',
  'name',
  'newPassword',
  'note',
  'overdue',
  'page',
  'pageSize',
  'password',
  'periodId',
  'pillar',
  'province',
  'publishedAt',
  'q',
  'ratings',
  'recommendation',
  'refreshToken',
  'role',
  'sort',
  'state',
  'text',
  'title',
  'to',
  'type',
  'unread',
  'url',
  'userId',
  'username',
  'workUnitId',
  'year',
  'yellowThreshold',
] as const;
export type ValidatedField = (typeof VALIDATED_FIELDS)[number];
