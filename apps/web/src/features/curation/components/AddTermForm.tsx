import { VOCABULARY_LIMITS as V } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors, serverProblem } from '../../../app/errors';
import type { VocabularyName } from '../../../generated/graphql';
import { CreateVocabularyTermMutation } from '../graphql/curation.documents';
import { changeCachedVocabulary, type Term } from '../vocabularyCache';

type Fields = 'code' | 'labelNl' | 'labelEn';
const EMPTY: Record<Fields, string> = { code: '', labelNl: '', labelEn: '' };

/**
 * A code from the Dutch label in the style the vocabulary already uses: "Regionale samenwerking"
 * becomes regionale-samenwerking among lower-case codes (themes), REGIONALE_SAMENWERKING otherwise.
 */
function suggestCode(label: string, lowerCase: boolean): string {
  const plain = label.normalize('NFKD').replace(/\p{Diacritic}/gu, '');
  const [cased, joiner] = lowerCase ? [plain.toLowerCase(), '-'] : [plain.toUpperCase(), '_'];
  return cased
    .replace(/[^A-Za-z0-9]+/g, joiner)
    .slice(0, V.code.max)
    .replace(/^[-_]+|[-_]+$/g, '');
}

/** Adds a term at the end of the vocabulary; its code never changes afterwards. */
export function AddTermForm({
  vocabulary,
  listName,
  terms,
  onMessage,
}: {
  vocabulary: VocabularyName;
  listName: string;
  terms: Term[];
  onMessage: (message: { text: string } | null) => void;
}) {
  const { t } = useTranslation('curation');
  const lowerCase = terms.length > 0 && terms.every((term) => term.code === term.code.toLowerCase());
  const [values, setValues] = useState(EMPTY);
  const [codeEdited, setCodeEdited] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateVocabularyTermMutation);

  const set = (field: Fields, value: string) =>
    setValues((current) => ({
      ...current,
      [field]: value,
      ...(field === 'labelNl' && !codeEdited ? { code: suggestCode(value, lowerCase) } : {}),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const trimmed = { code: values.code.trim(), labelNl: values.labelNl.trim(), labelEn: values.labelEn.trim() };
    const found: Partial<Record<Fields, string>> = {};
    if (!V.code.pattern.test(trimmed.code) || trimmed.code.length > V.code.max) found.code = t('vocab.add.codeInvalid');
    for (const field of ['labelNl', 'labelEn'] as const) {
      if (trimmed[field].length < V.label.min || trimmed[field].length > V.label.max) found[field] = t('vocab.labelLength');
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await create({
        variables: { input: { vocabulary, ...trimmed } },
        update: (cache, { data }) => {
          if (data) changeCachedVocabulary(cache, vocabulary, (terms) => [...terms, data.createVocabularyTerm]);
        },
      });
      setValues(EMPTY);
      setCodeEdited(false);
      onMessage({ text: t('vocab.add.added', { label: trimmed.labelNl }) });
    } catch (error) {
      if (serverProblem(error)?.code === 'CONFLICT') {
        setErrors({ code: t('vocab.add.codeTaken') });
        return;
      }
      const { byField, general } = fieldErrors(error, ['code', 'labelNl', 'labelEn']);
      setErrors(byField);
      setAlert(general ? t(general, { ns: 'app' }) : null);
    }
  };

  return (
    <form className="form vocab__add" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('vocab.add.title', { name: listName.toLowerCase() })}</h3>
      <FormAlert message={alert} />
      <Field label={t('vocab.add.labelNl')} error={errors.labelNl} required>
        {(props) => <input {...props} lang="nl" maxLength={V.label.max} value={values.labelNl} onChange={(e) => set('labelNl', e.target.value)} />}
      </Field>
      <Field label={t('vocab.add.labelEn')} error={errors.labelEn} required>
        {(props) => <input {...props} lang="en" maxLength={V.label.max} value={values.labelEn} onChange={(e) => set('labelEn', e.target.value)} />}
      </Field>
      <Field label={t('vocab.add.code')} hint={t('vocab.add.codeHint')} error={errors.code} required>
        {(props) => (
          <input
            {...props}
            className="vocab__code"
            maxLength={V.code.max}
            spellCheck={false}
            autoCapitalize={lowerCase ? 'none' : 'characters'}
            value={values.code}
            onChange={(e) => {
              setCodeEdited(true);
              set('code', e.target.value);
            }}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('vocab.add.busy') : t('vocab.add.submit')}
      </button>
    </form>
  );
}
