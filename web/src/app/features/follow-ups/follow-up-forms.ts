import { required, schema } from '@angular/forms/signals';
import { FIELD_LIMITS, FollowUpDecision, RatingColor } from '@pantau/domain';
import { requiredText, textLimit, webAddress } from '../../ui/field';

export interface ResponseDraft {
  text: string;
  evidenceUrl: string;
}

/** The same rules as the API (FollowUpResponseDto), said in words the team can act on. */
export const responseSchema = schema<ResponseDraft>((r) => {
  textLimit(r.text, FIELD_LIMITS.followUpResponse, {
    required: 'followUpForm.textRequired',
    tooLong: 'followUpForm.textTooLong',
  });
  requiredText(r.evidenceUrl, 'followUpForm.urlRequired');
  textLimit(r.evidenceUrl, FIELD_LIMITS.followUpEvidenceUrl, { tooLong: 'followUpForm.urlTooLong' });
  webAddress(r.evidenceUrl, 'followUpForm.urlInvalid');
});

/** Radio values are strings; '' until one is chosen. */
export interface DecisionDraft {
  decision: FollowUpDecision | '';
  color: RatingColor | '';
  note: string;
}

/** Accepting sets the item's new colour; rejecting must tell the agency what is still missing. */
export const decisionSchema = schema<DecisionDraft>((d) => {
  required(d.decision, { message: 'decisionForm.decisionRequired' });
  required(d.color, {
    message: 'decisionForm.colorRequired',
    when: ({ valueOf }) => valueOf(d.decision) === 'accept',
  });
  requiredText(d.note, 'decisionForm.noteRequired', ({ valueOf }) => valueOf(d.decision) === 'reject');
  textLimit(d.note, FIELD_LIMITS.followUpDecisionNote, { tooLong: 'decisionForm.noteTooLong' });
});
