/** Labels of the app shell. Dutch first. */
export const appMessages = {
  nl: {
    siteName: 'Instrumentencatalogus',
    network: 'Netwerk Learning Communities',
    skipToContent: 'Naar de inhoud',
    nav: { label: 'Hoofdmenu', catalogue: 'Catalogus', overview: 'Overzicht' },
    language: { switchTo: 'English', label: 'Switch to English', current: 'Taal: Nederlands' },
    footer:
      'De voorbeeldinstrumenten in deze catalogus zijn fictief: organisaties, personen en links bestaan niet.',
    error: 'Er ging iets mis bij het laden. Controleer je verbinding en probeer het opnieuw.',
    retry: 'Opnieuw proberen',
    notFound: { title: 'Pagina niet gevonden', body: 'Deze pagina bestaat niet (meer).', back: 'Naar de catalogus' },
    loading: 'Bezig met laden…',
  },
  en: {
    siteName: 'Instrument catalogue',
    network: 'Learning Communities Network',
    skipToContent: 'Skip to content',
    nav: { label: 'Main menu', catalogue: 'Catalogue', overview: 'Overview' },
    language: { switchTo: 'Nederlands', label: 'Schakel naar Nederlands', current: 'Language: English' },
    footer: 'The example instruments in this catalogue are fictional: organisations, people and links do not exist.',
    error: 'Something went wrong while loading. Check your connection and try again.',
    retry: 'Try again',
    notFound: { title: 'Page not found', body: 'This page does not exist (any more).', back: 'To the catalogue' },
    loading: 'Loading…',
  },
} as const;
