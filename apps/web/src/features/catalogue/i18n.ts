/** Labels of the catalogue. Dutch first. */
export const catalogueMessagesNl = {
  title: 'Instrumenten voor learning communities',
  lead: 'Vind instrumenten om learning communities te ontwikkelen en in te richten, te verduurzamen en op te schalen, en te evalueren.',
  finderLink: 'Weet je niet waar je moet beginnen? Welk instrument past bij ons?',
  meta: { searchTitle: 'Zoekresultaten voor “{{q}}”', searchDescription: 'Instrumenten voor learning communities bij “{{q}}”: om te ontwikkelen en in te richten, te verduurzamen en op te schalen, en te evalueren.' },
  search: { label: 'Zoeken in de catalogus', placeholder: 'Bijvoorbeeld: rubric, evaluatie, pps', submit: 'Zoeken' },
  filters: { title: 'Filters', show: 'Filters tonen', active: 'Actieve filters', remove: 'Verwijder filter {{label}}', clearAll: 'Alles wissen', searchChip: 'Zoekterm: “{{q}}”', more: 'Toon meer ({{count}})', less: 'Toon minder', chosen: '{{count}} gekozen',
    open: 'Filters', openChosen: 'Filters ({{count}} gekozen)', showRetired: 'Toon ook vervallen instrumenten', practiceLegend: 'Praktijk', practiceOnly: 'Met praktijkvoorbeeld',
    showResults_one: 'Toon {{n}} resultaat', showResults_other: 'Toon {{n}} resultaten', showResultsAtLeast: 'Toon ruim {{n}} resultaten', showResultsPending: 'Toon de resultaten',
    apply: 'Filters toepassen' },
  facets: {
    PHASE: 'Fase',
    STATUS: 'Status',
    TYPE: 'Soort instrument',
    AUDIENCE: 'Doelgroep',
    SECTOR: 'Sector',
    EVIDENCE: 'Onderbouwing',
    TAG: 'Thema',
    ORIGIN: 'Herkomst',
  },
  facetCount: '{{n}} instrumenten',
  // Counts estimated from a sample (more than 1,000 matches).
  facetCountApprox: 'ongeveer {{n}} instrumenten',
  facetApprox: 'ca. {{n}}',
  sort: { label: 'Sorteren op', USABLE_FIRST: 'Bruikbaar eerst', RELEVANCE: 'Meest relevant', NEWEST: 'Nieuwste eerst', TITLE: 'Titel (A–Z)', BEST_RATED: 'Best gewaardeerd' },
  export: {
    label: 'Exporteren',
    hint: 'Alle instrumenten van deze selectie (filters, zoekterm en sortering), niet alleen de getoonde.',
    csv: 'CSV (komma)',
    excel: 'CSV (puntkomma)',
    json: 'JSON',
    people: 'Exporteren voor Excel',
    peopleHint: 'Om te lezen en te delen: Nederlandse namen in plaats van codes, gewone tekst en een link naar elk instrument.',
    forImport: 'Om opnieuw te importeren (met codes):',
  },
  results: { count_one: '{{n}} instrument', count_other: '{{n}} instrumenten', countAtLeast: 'ruim {{n}} instrumenten', shown: '{{shown}} van {{total}} getoond', shownOfAtLeast: '{{shown}} van ruim {{total}} getoond', loadMore: 'Meer laden', loadingMore: 'Meer laden…', list: 'Zoekresultaten', error: 'Instrumenten konden niet worden geladen' },
  card: { phases: 'Fasen', type: 'Soort', idea: 'Idee — bestaat nog niet', retired: 'Vervallen — niet meer aanbevolen',
    practiceReports_one: '{{count}} praktijkvoorbeeld', practiceReports_other: '{{count}} praktijkvoorbeelden' },
  // A link with a filter code that names nothing (a removed term): left out, and said once.
  unknown: {
    body_one: 'Een filter uit deze link bestaat niet (meer) en is weggelaten: {{list}}.',
    body_other: 'Filters uit deze link bestaan niet (meer) en zijn weggelaten: {{list}}.',
    item: '„{{code}}” ({{facet}})',
    close: 'Melding sluiten',
  },
  // What the search understood (SearchHints): a spelling, words that name a filter, a partial match.
  hints: {
    didYouMean: 'Bedoelde je',
    offers: 'Filters die bij je zoekwoorden passen',
    filter: 'Filter op {{facet}}',
    facet: { PHASE: 'fase', STATUS: 'status', TYPE: 'soort', AUDIENCE: 'doelgroep', SECTOR: 'sector', EVIDENCE: 'onderbouwing', TAG: 'thema', ORIGIN: 'herkomst' },
    searchOn: '„{{matched}}” wordt een filter; je zoekt verder op „{{remaining}}”',
    insteadOf: '„{{matched}}” wordt een filter in plaats van een zoekwoord',
    // The API says PARTIAL when no instrument, or only a few, have every word; those with the most words come first.
    partial: 'Niet alle treffers bevatten al je zoekwoorden; de instrumenten met de meeste staan bovenaan.',
  },
  empty: {
    title: 'Geen instrumenten gevonden',
    body: 'Er zijn geen instrumenten die aan al je keuzes voldoen.',
    clearFilters: 'Wis alle filters',
    clearSearch: 'Wis de zoekterm',
    removeLast: 'Verwijder het laatste filter ({{label}})',
  },
  loading: 'Instrumenten laden…',
  // The star average on a card (the instrument page's rating texts load with that page).
  rating: {
    none: 'Nog geen waarderingen',
    label_one: 'Gemiddeld {{average}} van 5 sterren, {{count}} waardering',
    label_other: 'Gemiddeld {{average}} van 5 sterren, {{count}} waarderingen',
  },
} as const;
