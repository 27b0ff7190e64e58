import { ACCOUNT_LIMITS, type InstitutionSignInFailure } from '#domain';

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
    institution: {
      button: 'Inloggen met je instelling',
      hint: 'Met het account van je school, hogeschool of universiteit.',
      or: 'of met je e-mailadres',
      failure: {
        verlopen: 'Het inloggen via je instelling is verlopen of niet in deze browser begonnen. Probeer het opnieuw.',
        geweigerd: 'Het inloggen bij je instelling is afgebroken of geweigerd. Probeer het opnieuw, of log in met je e-mailadres.',
        mislukt: 'Inloggen via je instelling is niet gelukt. Probeer het opnieuw, of log in met je e-mailadres en wachtwoord.',
        onbereikbaar: 'De inlogdienst van je instelling is nu niet bereikbaar. Probeer het later opnieuw, of log in met je e-mailadres en wachtwoord.',
        'niet-bevestigd':
          'Er bestaat al een account met het e-mailadres dat je instelling doorgeeft, maar je instelling bevestigt niet dat het adres van jou is. Log in met je e-mailadres en wachtwoord.',
        'geen-email': 'Je instelling geeft geen e-mailadres door, en een account heeft er een nodig. Log in met je e-mailadres, of maak een account aan.',
        geblokkeerd: 'Met dit account kun je hier niet inloggen. Neem contact op met de beheerders van de catalogus.',
        'te-vaak': 'Te veel inlogpogingen achter elkaar. Wacht een paar minuten en probeer het dan opnieuw.',
      } satisfies Record<InstitutionSignInFailure, string>,
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
    institution: {
      button: 'Sign in with your institution',
      hint: 'With the account of your school, college or university.',
      or: 'or with your email address',
      failure: {
        verlopen: 'Signing in with your institution expired or was not started in this browser. Please try again.',
        geweigerd: 'Signing in at your institution was cancelled or refused. Try again, or sign in with your email address.',
        mislukt: 'Signing in with your institution did not work. Try again, or sign in with your email address and password.',
        onbereikbaar: "Your institution's sign-in service cannot be reached now. Try again later, or sign in with your email address and password.",
        'niet-bevestigd':
          'An account with the email address your institution passes on exists, but your institution does not confirm the address is yours. Sign in with your email address and password.',
        'geen-email': 'Your institution passes on no email address, and an account needs one. Sign in with your email address, or create an account.',
        geblokkeerd: 'This account cannot sign in here. Please contact the catalogue administrators.',
        'te-vaak': 'Too many sign-in attempts in a row. Wait a few minutes and try again.',
      } satisfies Record<InstitutionSignInFailure, string>,
    },
  },
} as const;
