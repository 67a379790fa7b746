export interface LoginFormErrors {
  email?: 'emailRequired' | 'emailInvalid';
  password?: 'passwordRequired';
}

// Deliberately loose: the server decides who may sign in; this only catches typos early.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateLoginForm(email: string, password: string): LoginFormErrors {
  const errors: LoginFormErrors = {};
  const trimmed = email.trim();
  if (!trimmed) errors.email = 'emailRequired';
  else if (!EMAIL.test(trimmed)) errors.email = 'emailInvalid';
  if (!password) errors.password = 'passwordRequired';
  return errors;
}
