/** Words of the shared form field and the forms built on it (Bahasa Indonesia). */
export const FORMS_ID = {
  'form.invalid': 'Periksa kembali isian ini.',
  'publicationForm.urlTooLong': 'Tautan paling banyak {max} karakter.',
  'userForm.displayNameTooLong': 'Nama lengkap paling banyak {max} karakter.',
  'userForm.passwordTooLong': 'Kata sandi paling banyak {max} karakter.',
  'userForm.chooseRole': 'Pilih peran…',
  'userForm.roleRequired': 'Pilih peran pengguna ini.',
} as const;
