import { PROTOTYPE_STATUS_LABELS } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { useDebouncedValue } from '../../proposals/hooks/useDebouncedValue';
import { SuccessorCandidatesQuery } from '../graphql/successor.documents';
import type { SuccessorFieldsFragment } from '../graphql/successor.generated';

export type Successor = SuccessorFieldsFragment;

/**
 * "Vervangen door" while retiring: the curator types part of a title and picks the instrument that
 * replaces this one, or none. Retired instruments and this one are never offered (the API refuses them).
 * With `texts="editor.derivedFrom"` it picks the instrument this one is adapted from ("afgeleid van"),
 * where a retired one may be the origin too.
 */
export function SuccessorPicker({
  instrumentId,
  value,
  onChange,
  error,
  texts = 'status.successor',
  id,
}: {
  /** The radio group's id, for an error summary's link. */
  id?: string;
  /** This instrument, never offered; null for a new one. */
  instrumentId: string | null;
  value: Successor | null;
  onChange: (successor: Successor | null) => void;
  error?: string | null;
  texts?: 'status.successor' | 'editor.derivedFrom';
}) {
  const offerRetired = texts === 'editor.derivedFrom';
  const { t, i18n } = useTranslation('curation');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 300);
  // Not kept in the cache: it would share the catalogue's list field.
  const { data, loading } = useQuery(SuccessorCandidatesQuery, { variables: { search: settled }, skip: settled.length < 2, fetchPolicy: 'no-cache' });
  const found = settled.length < 2 ? [] : (data?.instruments.edges.map((edge) => edge.node) ?? []).filter((node) => node.id !== instrumentId && (offerRetired || node.status !== 'RETIRED'));
  // The chosen one stays offered while the curator searches on.
  const candidates = value && !found.some((node) => node.id === value.id) ? [value, ...found] : found;

  return (
    <div className="successor-picker">
      <Field label={t(`${texts}.search`)} hint={t(`${texts}.hint`)}>
        {(props) => <input {...props} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
      </Field>
      <p className="visually-hidden" role="status">
        {settled.length >= 2 && !loading ? t(`${texts}.found`, { count: found.length }) : ''}
      </p>
      <ChoiceGroup
        type="radio"
        id={id}
        legend={t(`${texts}.legend`)}
        error={error ?? undefined}
        choices={[
          { value: '', label: t(`${texts}.none`) },
          ...candidates.map((node) => ({
            value: node.id,
            label: `${node.title} (${PROTOTYPE_STATUS_LABELS[node.status][lang]})`,
          })),
        ]}
        selected={[value?.id ?? '']}
        onChange={([id]) => onChange(candidates.find((node) => node.id === id) ?? null)}
      />
      {settled.length >= 2 && !loading && found.length === 0 && <p className="curation-muted">{t(`${texts}.nothing`)}</p>}
    </div>
  );
}
