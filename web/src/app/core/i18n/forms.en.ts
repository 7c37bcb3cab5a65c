import { FORMS_ID } from './forms.id';

export const FORMS_EN: Readonly<Record<keyof typeof FORMS_ID, string>> = {
  'form.invalid': 'Check this entry again.',
  'publicationForm.urlTooLong': 'The link can have at most {max} characters.',
  'userForm.displayNameTooLong': 'The full name can have at most {max} characters.',
  'userForm.passwordTooLong': 'The password can have at most {max} characters.',
  'userForm.chooseRole': 'Choose a role…',
  'userForm.roleRequired': "Choose this user's role.",
};
