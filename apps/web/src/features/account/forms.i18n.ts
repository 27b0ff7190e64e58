import { ACCOUNT_LIMITS } from '#domain';

const { password, displayName } = ACCOUNT_LIMITS;

/** Texts of the sign-in and registration forms, loaded with those pages (app/lazyMessages.ts). */
export const accountFormMessages = {
  nl: {
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
  },
  en: {
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
  },
} as const;
