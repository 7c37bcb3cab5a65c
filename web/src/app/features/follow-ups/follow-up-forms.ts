import { FollowUpDecision, RatingColor } from '@pantau/domain';
import { TranslationKey } from '../../core/i18n/dictionary';

export const TEXT_MAX = 4000;
export const URL_MAX = 2000;

export interface ResponseDraft {
  text: string;
  evidenceUrl: string;
}

export type ResponseErrors = Partial<Record<keyof ResponseDraft, TranslationKey>>;

/** The same rules as the API (FollowUpResponseDto), said in words the team can act on. */
export function validateResponse(draft: ResponseDraft): ResponseErrors {
  const errors: ResponseErrors = {};
  if (!draft.text.trim()) errors.text = 'followUpForm.textRequired';
  else if (draft.text.length > TEXT_MAX) errors.text = 'followUpForm.textTooLong';
  const url = draft.evidenceUrl.trim();
  if (!url) errors.evidenceUrl = 'followUpForm.urlRequired';
  else if (url.length > URL_MAX) errors.evidenceUrl = 'followUpForm.urlTooLong';
  else if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url)) errors.evidenceUrl = 'followUpForm.urlInvalid';
  return errors;
}

export interface DecisionDraft {
  decision: FollowUpDecision | null;
  color: RatingColor | null;
  note: string;
}

export type DecisionErrors = Partial<Record<keyof DecisionDraft, TranslationKey>>;

/** Accepting sets the item's new colour; rejecting must tell the agency what is still missing. */
export function validateDecision(draft: DecisionDraft): DecisionErrors {
  const errors: DecisionErrors = {};
  if (!draft.decision) errors.decision = 'decisionForm.decisionRequired';
  if (draft.decision === 'accept' && !draft.color) errors.color = 'decisionForm.colorRequired';
  if (draft.decision === 'reject' && !draft.note.trim()) errors.note = 'decisionForm.noteRequired';
  if (draft.note.length > TEXT_MAX) errors.note = 'decisionForm.noteTooLong';
  return errors;
}
