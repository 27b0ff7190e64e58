import { useTermLabel, type Labelled } from '../../../app/labels';

/** Checkboxes for vocabulary terms; a hidden term stays offered only while it is chosen. */
export function TermCheckboxes({
  name,
  terms,
  selected,
  onChange,
}: {
  name: string;
  terms: (Labelled & { code: string; hidden: boolean })[];
  selected: string[];
  onChange: (codes: string[]) => void;
}) {
  const termLabel = useTermLabel();
  return (
    <>
      {terms
        .filter((term) => !term.hidden || selected.includes(term.code))
        .map((term) => (
          <label key={term.code} className="proposals-choice">
            <input
              type="checkbox"
              name={name}
              value={term.code}
              checked={selected.includes(term.code)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, term.code] : selected.filter((code) => code !== term.code))
              }
            />
            <span>{termLabel(term)}</span>
          </label>
        ))}
    </>
  );
}
