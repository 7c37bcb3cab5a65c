import { TranslationKey } from '../i18n/dictionary';

/** A server message worded in the user's language; `names` are params that are themselves dictionary keys. */
export interface KnownMessage {
  key: TranslationKey;
  params?: Record<string, string | number>;
  names?: Record<string, TranslationKey>;
}

type Rule = [RegExp, (m: RegExpExecArray) => KnownMessage];

const periodState = (state: string | undefined): TranslationKey =>
  `periodState.${state ?? 'unknown'}` as TranslationKey;
const followUpState = (state: string | undefined): TranslationKey =>
  `followUp.state.${state ?? 'open'}` as TranslationKey;

// The API words its refusals in English. The ones users meet in daily work are translated here, so the page
// explains them in Indonesian; anything unknown is shown in the server's own words.
const RULES: readonly Rule[] = [
  [/last active admin/i, () => ({ key: 'server.lastAdmin' })],
  [
    /^(\d+) of (\d+) items are not rated yet/,
    (m) => ({ key: 'server.notAllRated', params: { unrated: m[1]!, total: m[2]! } }),
  ],
  [/has no action-plan items in this period/, () => ({ key: 'server.noItems' })],
  [
    /period is "([\w-]+)"; evaluations are marked done during evaluation/,
    (m) => ({ key: 'server.doneOnlyInEvaluation', names: { state: periodState(m[1]) } }),
  ],
  [/Someone rated this item after you opened it/, () => ({ key: 'server.ratedBySomeoneElse' })],
  [
    /Ratings are accepted only while the period is under evaluation; this period is "([\w-]+)"/,
    (m) => ({ key: 'server.ratingsClosed', names: { state: periodState(m[1]) } }),
  ],
  [/only items with an open follow-up can be re-rated/, () => ({ key: 'server.ratingsFollowUpOnly' })],
  [/not the evaluator assigned to this agency/, () => ({ key: 'server.notAssigned' })],
  [/Only evaluators rate items/, () => ({ key: 'server.onlyEvaluators' })],
  [
    /Action plans can be changed only while the period is open; this period is "([\w-]+)"/,
    (m) => ({ key: 'server.planLocked', names: { state: periodState(m[1]) } }),
  ],
  [/Only the agency team itself edits its action plan/, () => ({ key: 'server.ownPlanOnly' })],
  [/has ratings on record and cannot be deleted/, () => ({ key: 'server.itemHasRatings' })],
  [/publication record can no longer change/, () => ({ key: 'server.publicationsClosed' })],
  [/Only the agency team itself logs publications/, () => ({ key: 'server.ownPublicationsOnly' })],
  [
    /publishedAt must be between ([\d-]+) and today/,
    (m) => ({ key: 'server.publishedAtRange', params: { earliest: m[1]! } }),
  ],
  [
    /Follow-ups are answered while results are published or in the follow-up window; this period is "([\w-]+)"/,
    (m) => ({ key: 'server.followUpAnswerWindow', names: { state: periodState(m[1]) } }),
  ],
  [
    /Follow-ups are decided in the follow-up window; this period is "([\w-]+)"/,
    (m) => ({ key: 'server.followUpDecideWindow', names: { state: periodState(m[1]) } }),
  ],
  [/This follow-up is now "([\w-]+)"/, (m) => ({ key: 'server.followUpState', names: { state: followUpState(m[1]) } })],
  [/Only the agency team itself answers its follow-ups/, () => ({ key: 'server.ownFollowUpsOnly' })],
  [
    /A period in state "([\w-]+)" cannot move to "([\w-]+)"/,
    (m) => ({ key: 'server.transitionRefused', names: { from: periodState(m[1]), to: periodState(m[2]) } }),
  ],
  [/A period named "(.+)" already exists/, (m) => ({ key: 'server.periodNameTaken', params: { name: m[1]! } })],
  [/A closed period is read only/, () => ({ key: 'server.periodClosed' })],
  [/The username "(.+)" is already taken/, (m) => ({ key: 'server.usernameTaken', params: { username: m[1]! } })],
  [
    /has ratings, assignments or follow-up decisions on record; disable the account/,
    () => ({ key: 'server.userHasHistory' }),
  ],
  [/An agency user needs an agencyId/, () => ({ key: 'server.agencyUserNeedsAgency' })],
  [/Only leadership users can be limited to a batch/, () => ({ key: 'server.batchOnlyLeadership' })],
  [/is not an active evaluator/, () => ({ key: 'server.notAnEvaluator' })],
  [/No evaluator is assigned to this agency in this period/, () => ({ key: 'server.noAssignment' })],
  [/Too many sign-in attempts from here/, () => ({ key: 'server.tooManyFromHere' })],
  [/Attach the spreadsheet/, () => ({ key: 'server.attachFile' })],
  [/The spreadsheet is empty|The uploaded file is empty/, () => ({ key: 'server.emptyFile' })],
  [/Upload a spreadsheet|not CSV text|not an Excel workbook/, () => ({ key: 'server.notSpreadsheet' })],
  [/at most (\d+) rows can be imported/, (m) => ({ key: 'server.tooManyRows', params: { max: m[1]! } })],
  [/survey results can no longer change/, () => ({ key: 'server.surveyClosed' })],
];

export function knownMessage(message: string): KnownMessage | null {
  for (const [pattern, build] of RULES) {
    const match = pattern.exec(message);
    if (match) return build(match);
  }
  return null;
}
