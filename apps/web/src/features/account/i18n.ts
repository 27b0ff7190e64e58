/** The account menu and the notices after sign-out or a refused page (the forms' texts load with them: forms.i18n.ts). */
export const accountMessagesNl = {
  menu: {
    signIn: 'Inloggen',
    register: 'Account aanmaken',
    signOut: 'Uitloggen',
    signedInAs: 'Ingelogd als {{name}} ({{role}})',
  },
  notice: {
    forbidden: 'Die pagina is er niet voor jouw rol. Je bent teruggestuurd naar de catalogus.',
    signedOut: 'Je bent uitgelogd.',
    close: 'Melding sluiten',
  },
} as const;
