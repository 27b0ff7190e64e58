import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { splitWords } from '../synonymWords';

/** The words of a group as one comma-separated input, with the words it will save shown as chips. */
export function SynonymWordsField({
  label,
  value,
  error,
  onChange,
  inputRef,
}: {
  label: string;
  value: string;
  error?: string | null;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('curation');
  const words = splitWords(value);
  return (
    <Field label={label} hint={t('synonyms.wordsHint')} error={error} required>
      {(props) => (
        <>
          <input {...props} ref={inputRef} lang="nl" autoComplete="off" spellCheck={false} value={value} onChange={(event) => onChange(event.target.value)} />
          {words.length > 0 && (
            <div className="synonym-preview">
              <span className="curation-muted">{t('synonyms.preview')}</span>
              <ul className="chips">
                {words.map((word) => (
                  <li key={word} className="chip">
                    {word}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </Field>
  );
}
