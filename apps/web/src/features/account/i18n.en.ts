/** English of accountMessagesNl, loaded only when someone switches to English (app/i18n.ts). */
export const accountMessagesEn = {
  menu: {
    signIn: 'Sign in',
    register: 'Create account',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{name}} ({{role}})',
    myAccount: 'My account',
    myFollows: 'My follow list',
  },
  verify: {
    text: 'Confirm your email address with the link in your mail. Then you can rate, write reviews and propose instruments.',
    resend: 'Send the mail again',
    busy: 'Working…',
    sent: 'We sent a new mail. Also look in your spam folder.',
    failed: 'Sending did not work. Try again later.',
  },
  notice: {
    forbidden: 'That page is not for your role. You were sent back to the catalogue.',
    signedOut: 'You are signed out.',
    accountDeleted: 'Your account is deleted, with your ratings, reviews and proposals.',
    close: 'Close message',
  },
} as const;
