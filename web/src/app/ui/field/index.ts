import { FormField, FormRoot } from '@angular/forms/signals';
import { LabeledField } from './field';
import { FieldControl } from './field-control';
import { FieldGroup } from './field-group';

export { LabeledField } from './field';
export { FieldControl } from './field-control';
export { FieldGroup } from './field-group';
export * from './dialog-form';
export { SendButton } from './send-button';
export * from './submission';
export * from './text-rules';

/** What a form template imports: the form and control bindings, and the labelled field around each control. */
export const FIELD_KIT = [FormRoot, FormField, FieldControl, LabeledField, FieldGroup] as const;
