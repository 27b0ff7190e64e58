import { collectionPath } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { InstrumentCollectionsQuery } from '../graphql/collections.documents';
import '../collections.css';

/** On an instrument page, one line: "Onderdeel van: Startpakket …"; nothing when it is in no published kit. */
export function PartOfCollections({ slug }: { slug: string }) {
  const { t } = useTranslation('collections');
  const kits = useQuery(InstrumentCollectionsQuery, { variables: { slug } }).data?.instrument?.collections ?? [];
  if (kits.length === 0) return null;
  return (
    <p className="kit-part-of">
      {t('partOf.label')}{' '}
      {kits.map((kit, i) => (
        <span key={kit.id}>
          {i > 0 && ', '}
          <Link to={collectionPath(kit.slug)}>{kit.title}</Link>
        </span>
      ))}
    </p>
  );
}
