import { FieldTree, FormSubmitOptions, TreeValidationResult } from '@angular/forms/signals';

/**
 * How a form is sent: `send` runs when every rule holds (its result may name fields the server refused);
 * otherwise `refused` runs and the first field with a problem gets the focus.
 */
export function submission<T>(
  send: () => Promise<TreeValidationResult>,
  refused: () => void = () => undefined,
): FormSubmitOptions<T, unknown> {
  return {
    action: send,
    onInvalid: (f: FieldTree<T>) => {
      refused();
      f().errorSummary()[0]?.fieldTree().focusBoundControl();
    },
  };
}
