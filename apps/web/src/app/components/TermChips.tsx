import { type Labelled, useTermLabel } from '../labels';

/** Vocabulary terms (phases, audiences, …) as small chips; `kind` picks the colour. */
export function TermChips({ terms, kind, label }: { terms: (Labelled & { code: string })[]; kind: 'phase' | 'tag' | 'plain'; label: string }) {
  const termLabel = useTermLabel();
  if (terms.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {terms.map((term) => (
        <li key={term.code} className={`chip chip--${kind}`} data-code={term.code}>
          {termLabel(term)}
        </li>
      ))}
    </ul>
  );
}
