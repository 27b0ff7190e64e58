import { useTranslation } from 'react-i18next';
import { PUBLIC_PATHS, instrumentPath } from '#domain';
import { PageMeta } from '../../../app/components/PageMeta';
import { useTermLabel } from '../../../app/labels';
import { useSiteOrigin } from '../../../app/siteOrigin';
import type { Instrument } from './types';

/**
 * An instrument page's head: its title and summary for search results and shared links, and a
 * schema.org LearningResource. A retired instrument's canonical URL is its successor's, so
 * search engines send people to the instrument that replaces it.
 */
export function InstrumentMeta({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const label = useTermLabel();
  const origin = useSiteOrigin();
  const own = `${origin}${instrumentPath(instrument.slug)}`;
  const successor = instrument.status === 'RETIRED' ? instrument.replacedBy : null;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: instrument.title,
    description: instrument.summary,
    url: own,
    inLanguage: instrument.language,
    learningResourceType: label(instrument.type),
    about: instrument.phases.map((phase) => ({ '@type': 'DefinedTerm', name: label(phase), termCode: phase.code })),
    audience: instrument.audiences.map((audience) => ({ '@type': 'EducationalAudience', educationalRole: label(audience) })),
    educationalLevel: instrument.sectors.map((sector) => label(sector)),
    keywords: instrument.tags.map((tag) => label(tag)).join(', ') || undefined,
    ...(instrument.licence ? { license: instrument.licence } : {}),
    ...(instrument.timeNeeded ? { timeRequired: instrument.timeNeeded } : {}),
    ...(instrument.ownerOrganisation ? { publisher: { '@type': 'Organization', name: instrument.ownerOrganisation } } : {}),
    dateCreated: instrument.createdAt,
    dateModified: instrument.updatedAt,
    isPartOf: { '@type': 'Collection', name: `${t('siteName')} · ${t('network')}`, url: `${origin}${PUBLIC_PATHS.catalogue}` },
  };
  return (
    <PageMeta
      title={instrument.title}
      description={instrument.summary}
      path={instrumentPath(successor?.slug ?? instrument.slug)}
      type="article"
      jsonLd={jsonLd}
    />
  );
}
