import { ACCOUNT_LIMITS } from '#domain';

const { password, displayName } = ACCOUNT_LIMITS;

/** English of accountMessagesNl, loaded only when someone switches to English (app/i18n.ts). */
export const accountMessagesEn = {
  signIn: {
    title: 'Sign in',
    lead: 'Sign in to rate instruments and propose new ones.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    failed: 'The email address or the password is not right.',
    noAccount: 'No account yet?',
    register: 'Create an account',
  },
  register: {
    title: 'Create an account',
    lead: 'With an account you rate instruments, write reviews and propose new instruments.',
    displayName: 'Name',
    displayNameHint: 'Others see this name with your reviews and proposals.',
    email: 'Email address',
    password: 'Password',
    passwordHint: `At least ${password.min} characters; a sentence of a few words is strong and easy to remember.`,
    submit: 'Create account',
    busy: 'Working…',
    haveAccount: 'Already have an account?',
    signIn: 'Sign in',
  },
  validation: {
    required: 'Fill in this field.',
    email: 'Enter a valid email address, like name@example.org.',
    passwordLength: `A password has ${password.min} to ${password.max} characters.`,
    displayNameLength: `A name has ${displayName.min} to ${displayName.max} characters.`,
    emailTaken: 'An account with this email address exists. Sign in or use another address.',
  },
  menu: {
    signIn: 'Sign in',
    register: 'Create account',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{name}} ({{role}})',
  },
  notice: {
    forbidden: 'That page is not for your role. You were sent back to the catalogue.',
    signedOut: 'You are signed out.',
    close: 'Close message',
  },
} as const;
