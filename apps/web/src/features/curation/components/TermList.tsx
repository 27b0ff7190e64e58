import { VOCABULARY_LIMITS as V } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageMessage } from '../../../app/components/PageMessage';
import { serverProblem } from '../../../app/errors';
import type { VocabularyName } from '../../../generated/graphql';
import { DeleteVocabularyTermMutation, ReorderVocabularyMutation, UpdateVocabularyTermMutation } from '../graphql/curation.documents';
import { changeCachedVocabulary, type Term } from '../vocabularyCache';

type Part = 'up' | 'down' | 'rename' | 'visibility' | 'delete';

/** One vocabulary's terms in catalogue order, each with its actions. */
export function TermList({ vocabulary, terms, onMessage }: { vocabulary: VocabularyName; terms: Term[]; onMessage: (message: PageMessage) => void }) {
  const { t } = useTranslation('curation');
  const list = useRef<HTMLOListElement>(null);
  const [focus, setFocus] = useState<{ code: string; part: Part } | null>(null);
  const [reorder] = useMutation(ReorderVocabularyMutation);

  // Focus follows the term that moved (or the other arrow when it reached an end).
  useEffect(() => {
    if (!focus) return;
    const row = list.current?.querySelector(`[data-code="${CSS.escape(focus.code)}"]`);
    const target =
      row?.querySelector<HTMLElement>(`[data-part="${focus.part}"]:not(:disabled)`) ??
      row?.querySelector<HTMLElement>('[data-part="up"]:not(:disabled), [data-part="down"]:not(:disabled)') ??
      row?.querySelector<HTMLElement>('[data-part="rename"]');
    target?.focus();
    setFocus(null);
  }, [focus]);

  const move = async (index: number, by: -1 | 1) => {
    const next = [...terms];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    const ordered = next.map((term, i) => ({ ...term, position: i + 1 }));
    setFocus({ code: moved!.code, part: by < 0 ? 'up' : 'down' });
    onMessage(null);
    try {
      await reorder({
        variables: { input: { vocabulary, codes: ordered.map((term) => term.code) } },
        optimisticResponse: { reorderVocabulary: ordered.map((term) => ({ __typename: 'VocabularyTerm' as const, ...term })) },
        update: (cache, { data }) => {
          if (data) changeCachedVocabulary(cache, vocabulary, () => data.reorderVocabulary);
        },
      });
      onMessage({ text: t('vocab.moved', { label: moved!.labelNl, position: index + by + 1 }) });
    } catch (error) {
      onMessage({ text: t(`errors.${serverProblem(error)?.code ?? 'NETWORK'}`, { ns: 'app' }), error: true });
    }
  };

  if (terms.length === 0) return <p className="curation-muted">{t('vocab.empty')}</p>;
  return (
    <ol ref={list} className="term-list">
      {terms.map((term, index) => (
        <TermItem
          key={term.code}
          vocabulary={vocabulary}
          term={term}
          position={index + 1}
          first={index === 0}
          last={index === terms.length - 1}
          onMove={(by) => void move(index, by)}
          onMessage={onMessage}
          onFocus={(part) => setFocus({ code: term.code, part })}
          onDeleted={() => {
            const neighbour = terms[index + 1] ?? terms[index - 1];
            if (neighbour) setFocus({ code: neighbour.code, part: 'delete' });
          }}
        />
      ))}
    </ol>
  );
}

function TermItem({
  vocabulary,
  term,
  position,
  first,
  last,
  onMove,
  onMessage,
  onFocus,
  onDeleted,
}: {
  vocabulary: VocabularyName;
  term: Term;
  position: number;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onMessage: (message: PageMessage) => void;
  onFocus: (part: Part) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('curation');
  const id = useId();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirmDelete'>('view');
  const [labels, setLabels] = useState({ labelNl: term.labelNl, labelEn: term.labelEn });
  const [labelErrors, setLabelErrors] = useState<{ labelNl?: boolean; labelEn?: boolean }>({});
  const [update, updating] = useMutation(UpdateVocabularyTermMutation);
  const [remove, removing] = useMutation(DeleteVocabularyTermMutation);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  const label = term.labelNl;

  useEffect(() => {
    if (mode === 'rename') firstInput.current?.focus();
    if (mode === 'confirmDelete') confirmButton.current?.focus();
  }, [mode]);

  const replace = (changed: Term) => (terms: Term[]) => terms.map((other) => (other.code === changed.code ? changed : other));
  const failed = (error: unknown) => onMessage({ text: t(`errors.${serverProblem(error)?.code ?? 'NETWORK'}`, { ns: 'app' }), error: true });

  const back = (part: Part) => {
    setMode('view');
    onFocus(part);
  };

  const saveLabels = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = { labelNl: labels.labelNl.trim(), labelEn: labels.labelEn.trim() };
    const invalid = (value: string) => value.length < V.label.min || value.length > V.label.max;
    const found = { labelNl: invalid(trimmed.labelNl), labelEn: invalid(trimmed.labelEn) };
    setLabelErrors(found);
    if (found.labelNl || found.labelEn) {
      if (found.labelNl) firstInput.current?.focus();
      return;
    }
    try {
      await update({
        variables: { input: { vocabulary, code: term.code, ...trimmed } },
        update: (cache, { data }) => {
          if (data) changeCachedVocabulary(cache, vocabulary, replace(data.updateVocabularyTerm));
        },
      });
      onMessage({ text: t('vocab.renamed', { label: trimmed.labelNl }) });
      back('rename');
    } catch (error) {
      failed(error);
    }
  };

  const toggleHidden = async () => {
    onMessage(null);
    try {
      await update({
        variables: { input: { vocabulary, code: term.code, hidden: !term.hidden } },
        update: (cache, { data }) => {
          if (data) changeCachedVocabulary(cache, vocabulary, replace(data.updateVocabularyTerm));
        },
      });
      onMessage({ text: t(term.hidden ? 'vocab.shownNow' : 'vocab.hiddenNow', { label }) });
      onFocus('visibility');
    } catch (error) {
      failed(error);
    }
  };

  const confirmDelete = async () => {
    try {
      await remove({
        variables: { input: { vocabulary, code: term.code } },
        update: (cache) => changeCachedVocabulary(cache, vocabulary, (terms) => terms.filter((other) => other.code !== term.code)),
      });
      onMessage({ text: t('vocab.deleted', { label }) });
      onDeleted();
    } catch (error) {
      const problem = serverProblem(error);
      const uses = problem?.extensions.uses;
      if (problem?.code === 'CONFLICT' && typeof uses === 'number') onMessage({ text: t('vocab.inUse', { label, count: uses }), error: true });
      else failed(error);
      back('delete');
    }
  };

  const small = 'button button--secondary button--small';
  return (
    <li className={term.hidden ? 'term-row term-row--hidden' : 'term-row'} data-code={term.code}>
      <span className="term-row__position" aria-hidden="true">
        {position}
      </span>
      {mode === 'rename' ? (
        <form className="term-row__rename" onSubmit={(event) => void saveLabels(event)} noValidate>
          {(['labelNl', 'labelEn'] as const).map((field) => (
            <div key={field} className={labelErrors[field] ? 'field field--invalid' : 'field'}>
              <label className="field__label" htmlFor={`${id}-${field}`}>
                {t(`vocab.columns.${field}`)}
                <span className="visually-hidden"> ({t(field === 'labelNl' ? 'vocab.labelNlOf' : 'vocab.labelEnOf', { code: term.code })})</span>
              </label>
              <input
                ref={field === 'labelNl' ? firstInput : undefined}
                id={`${id}-${field}`}
                lang={field === 'labelNl' ? 'nl' : 'en'}
                maxLength={V.label.max}
                value={labels[field]}
                aria-invalid={labelErrors[field] || undefined}
                aria-describedby={labelErrors[field] ? `${id}-${field}-error` : undefined}
                onChange={(event) => setLabels((current) => ({ ...current, [field]: event.target.value }))}
              />
              {labelErrors[field] && (
                <p id={`${id}-${field}-error`} className="field__error">
                  {t('vocab.labelLength')}
                </p>
              )}
            </div>
          ))}
          <div className="term-row__actions">
            <button type="submit" className="button button--small" disabled={updating.loading}>
              {t('vocab.save')}
            </button>
            <button
              type="button"
              className={small}
              onClick={() => {
                setLabels({ labelNl: term.labelNl, labelEn: term.labelEn });
                setLabelErrors({});
                back('rename');
              }}
            >
              {t('vocab.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <div className="term-row__text">
            <p className="term-row__labels">
              <span lang="nl" className="term-row__nl">
                {term.labelNl}
              </span>
              <span className="term-row__en">
                <span className="visually-hidden">{t('vocab.columns.labelEn')}: </span>
                <span lang="en">{term.labelEn}</span>
              </span>
            </p>
            <p className="term-row__meta">
              <code>{term.code}</code>
              {term.hidden && <span className="term-row__hidden">{t('vocab.hidden')}</span>}
            </p>
          </div>
          {mode === 'confirmDelete' ? (
            <div className="term-row__actions term-row__actions--confirm">
              <span>{t('vocab.confirmDelete', { label })}</span>
              <button ref={confirmButton} type="button" className="button button--small button--danger" disabled={removing.loading} onClick={() => void confirmDelete()}>
                {t('vocab.yesDelete')}
              </button>
              <button type="button" className={small} onClick={() => back('delete')}>
                {t('vocab.cancel')}
              </button>
            </div>
          ) : (
            <div className="term-row__actions">
              <button type="button" className={small} data-part="up" disabled={first} aria-label={t('vocab.upLabel', { label })} onClick={() => onMove(-1)}>
                <span aria-hidden="true">↑</span> {t('vocab.up')}
              </button>
              <button type="button" className={small} data-part="down" disabled={last} aria-label={t('vocab.downLabel', { label })} onClick={() => onMove(1)}>
                <span aria-hidden="true">↓</span> {t('vocab.down')}
              </button>
              <button type="button" className={small} data-part="rename" aria-label={t('vocab.renameLabel', { label })} onClick={() => setMode('rename')}>
                {t('vocab.rename')}
              </button>
              <button
                type="button"
                className={small}
                data-part="visibility"
                aria-label={t(term.hidden ? 'vocab.showLabel' : 'vocab.hideLabel', { label })}
                disabled={updating.loading}
                onClick={() => void toggleHidden()}
              >
                {t(term.hidden ? 'vocab.show' : 'vocab.hide')}
              </button>
              <button
                type="button"
                className={small}
                data-part="delete"
                aria-label={t('vocab.deleteLabel', { label })}
                onClick={() => {
                  onMessage(null);
                  setMode('confirmDelete');
                }}
              >
                {t('vocab.delete')}
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
