/** Labels of the evidence behind a level and of lineage. Dutch first; both languages have the same keys. */
export const evidenceMessages = {
  nl: {
    assessments: {
      title: 'Beoordeling van de onderbouwing',
      loading: 'Beoordelingen laden…',
      none: 'Dit instrument is nog niet beoordeeld.',
      current: 'Huidige beoordeling',
      level: 'Niveau: {{level}}',
      reason: 'Reden',
      by: 'Door {{name}}',
      byNobody: 'Overgenomen zonder naam',
      sources: 'Bronnen',
      practiceReport: 'Praktijkvoorbeeld',
      pilot: 'Pilot',
      history: 'Eerdere beoordelingen, nieuwste eerst',
    },
    lineage: {
      title: 'Afkomst',
      derivedFrom: 'Afgeleid van',
      derivatives_one: 'Afgeleid: {{count}} instrument',
      derivatives_other: 'Afgeleid: {{count}} instrumenten',
    },
  },
  en: {
    assessments: {
      title: 'Assessment of the evidence',
      loading: 'Loading assessments…',
      none: 'This instrument has not been assessed yet.',
      current: 'Current assessment',
      level: 'Level: {{level}}',
      reason: 'Reason',
      by: 'By {{name}}',
      byNobody: 'Taken over without a name',
      sources: 'Sources',
      practiceReport: 'Practice report',
      pilot: 'Pilot',
      history: 'Earlier assessments, newest first',
    },
    lineage: {
      title: 'Lineage',
      derivedFrom: 'Adapted from',
      derivatives_one: 'Adapted: {{count}} instrument',
      derivatives_other: 'Adapted: {{count}} instruments',
    },
  },
} as const;
