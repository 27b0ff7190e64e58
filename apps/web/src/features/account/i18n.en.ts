/** English of accountMessagesNl, loaded only when someone switches to English (app/i18n.ts). */
export const accountMessagesEn = {
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
