import { ACCOUNT_LIMITS } from '#domain';

const { password, displayName } = ACCOUNT_LIMITS;

/** Sign in, register, sign out and the account menu. */
export const accountMessagesNl = {
  signIn: {
    title: 'Inloggen',
    lead: 'Log in om instrumenten te waarderen en nieuwe instrumenten voor te stellen.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    busy: 'Bezig met inloggen…',
    failed: 'Het e-mailadres of het wachtwoord klopt niet.',
    noAccount: 'Nog geen account?',
    register: 'Maak een account aan',
  },
  register: {
    title: 'Account aanmaken',
    lead: 'Met een account waardeer je instrumenten, schrijf je een review en stel je nieuwe instrumenten voor.',
    displayName: 'Naam',
    displayNameHint: 'Zo zien anderen je bij je reviews en voorstellen.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    passwordHint: `Minstens ${password.min} tekens; een zin van een paar woorden is sterk en goed te onthouden.`,
    submit: 'Account aanmaken',
    busy: 'Bezig…',
    haveAccount: 'Heb je al een account?',
    signIn: 'Log in',
  },
  validation: {
    required: 'Vul dit veld in.',
    email: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    passwordLength: `Een wachtwoord heeft ${password.min} tot ${password.max} tekens.`,
    displayNameLength: `Een naam heeft ${displayName.min} tot ${displayName.max} tekens.`,
    emailTaken: 'Er bestaat al een account met dit e-mailadres. Log in of gebruik een ander adres.',
  },
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
