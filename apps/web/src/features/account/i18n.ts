/** The account menu and the notices after sign-out or a refused page (the forms' texts load with them: forms.i18n.ts). */
export const accountMessagesNl = {
  menu: {
    signIn: 'Inloggen',
    register: 'Account aanmaken',
    signOut: 'Uitloggen',
    signedInAs: 'Ingelogd als {{name}} ({{role}})',
    myAccount: 'Mijn account',
    myFollows: 'Mijn volglijst',
  },
  verify: {
    text: 'Bevestig je e-mailadres met de link in je mail. Daarna kun je waarderen, recensies schrijven en voorstellen doen.',
    resend: 'Stuur de mail opnieuw',
    busy: 'Bezig…',
    sent: 'We hebben een nieuwe mail gestuurd. Kijk ook in je map met ongewenste mail.',
    failed: 'Het versturen lukte niet. Probeer het later opnieuw.',
  },
  notice: {
    forbidden: 'Die pagina is er niet voor jouw rol. Je bent teruggestuurd naar de catalogus.',
    signedOut: 'Je bent uitgelogd.',
    accountDeleted: 'Je account is verwijderd, met je waarderingen, recensies en voorstellen.',
    close: 'Melding sluiten',
  },
} as const;
