import { collectionPath } from '#domain';
import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { addMessages } from '../../../app/i18n';
import { Link } from '../../../app/router';
import { CollectionsQuery } from '../graphql/collections.documents';
import { collectionMessages } from '../i18n';
import '../collections.css';

// The catalogue route is not a lazy page: its block brings its own (small) messages.
addMessages('collections', collectionMessages);

/** The catalogue's one line: "Startpakketten: <kit> · <kit>"; nothing while there are none. */
export function CollectionsBlock() {
  const { t } = useTranslation('collections');
  const kits = useQuery(CollectionsQuery).data?.collections.filter((k) => k.status === 'PUBLISHED') ?? [];
  if (kits.length === 0) return null;
  return (
    <nav className="kit-block" aria-label={t('block.title')}>
      <Link to="/startpakketten">{t('block.title')}</Link>:{' '}
      {kits.map((kit, index) => (
        // The separator is text between the links, not part of a link's name (as `::before` would be).
        <Fragment key={kit.id}>
          {index > 0 && ' · '}
          <Link to={collectionPath(kit.slug)}>{kit.title}</Link>
        </Fragment>
      ))}
    </nav>
  );
}
