import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../app/components/Dialog';
import { FormAlert } from '../../../app/components/FormAlert';
import { PageMessageView, type PageMessage } from '../../../app/components/PageMessage';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { serverProblem } from '../../../app/errors';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { CreateSynonymGroupMutation, DeleteSynonymGroupMutation, SynonymGroupsQuery, UpdateSynonymGroupMutation } from '../graphql/synonyms.documents';
import { changeCachedSynonyms, type SynonymGroup } from '../synonymCache';
import { joinWords, splitWords, synonymErrorText, wordsProblem } from '../synonymWords';
import { BackLink } from '../../../app/components/BackLink';
import { SynonymWordsField } from './SynonymWordsField';
import '../curation.css';

/** `/beheer/zoekwoorden`: groups of words that mean the same to a searcher, to add, edit and delete. */
export function SynonymsPage() {
  const { t } = useTranslation('curation');
  useDocumentTitle(t('synonyms.title'));
  const { data, error, refetch } = useQuery(SynonymGroupsQuery, { fetchPolicy: 'cache-and-network' });
  // Said once for the whole page: what just happened (role=status) or went wrong (role=alert).
  const [message, setMessage] = useState<PageMessage>(null);
  const [deleting, setDeleting] = useState<SynonymGroup | null>(null);
  const [remove, removal] = useMutation(DeleteSynonymGroupMutation);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const findId = useId();
  const [find, setFind] = useState('');
  const groups = data?.synonymGroups;
  const needle = find.trim().toLocaleLowerCase('nl');
  const shown = needle ? groups?.filter((group) => group.words.some((word) => word.includes(needle))) : groups;

  const confirmDelete = async () => {
    if (!deleting) return;
    const group = deleting;
    const words = joinWords(group.words);
    try {
      await remove({
        variables: { input: { id: group.id } },
        update: (cache) => {
          changeCachedSynonyms(cache, (all) => all.filter((other) => other.id !== group.id));
          cache.evict({ id: cache.identify(group) });
        },
      });
      setMessage({ text: t('synonyms.deleted', { words }) });
    } catch (failure) {
      setMessage({ text: synonymErrorText(t, failure, group.words).text, error: true });
      if (serverProblem(failure)?.code === 'NOT_FOUND') void refetch().catch(() => undefined);
    }
    setDeleting(null);
  };

  return (
    <div className="page curation-page">
      <BackLink />
      <h1>{t('synonyms.title')}</h1>
      <p className="lead">{t('synonyms.lead')}</p>

      <section className="card synonyms">
        <AddSynonymGroupForm onMessage={setMessage} />
      </section>

      <section className="card synonyms" aria-labelledby="synonym-groups">
        <h2 id="synonym-groups" ref={listHeading} tabIndex={-1}>
          {t('synonyms.groups')}
          {groups && <span className="synonyms__count"> ({t('synonyms.count', { count: groups.length })})</span>}
        </h2>
        <PageMessageView message={message} className="vocab__message" />
        {groups && groups.length > 0 && (
          <div className="synonyms__find">
            <label htmlFor={findId}>{t('synonyms.find')}</label>
            <input id={findId} type="search" lang="nl" autoComplete="off" value={find} onChange={(event) => setFind(event.target.value)} />
            <p className="curation-muted" aria-live="polite">
              {needle ? t('synonyms.found', { count: shown!.length, total: groups.length }) : ''}
            </p>
          </div>
        )}
        {groups && shown ? (
          groups.length === 0 ? (
            <p className="curation-muted">{t('synonyms.empty')}</p>
          ) : (
            <ul className="synonym-list">
              {shown.map((group) => (
                <SynonymGroupRow
                  key={group.id}
                  group={group}
                  onMessage={setMessage}
                  onDelete={() => {
                    setMessage(null);
                    setDeleting(group);
                  }}
                  onGone={() => void refetch().catch(() => undefined)}
                />
              ))}
            </ul>
          )
        ) : error ? (
          <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <p className="page-loading" role="status">
            {t('loading', { ns: 'app' })}
          </p>
        )}
      </section>

      <ConfirmDialog
        open={deleting !== null}
        title={t('synonyms.confirm.title')}
        body={t('synonyms.confirm.body', { words: deleting ? joinWords(deleting.words) : '' })}
        confirmLabel={t('synonyms.confirm.yes')}
        cancelLabel={t('synonyms.confirm.no')}
        busy={removal.loading}
        returnFocus={listHeading}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}

/** One group: its words as chips, or the form that edits them. */
function SynonymGroupRow({
  group,
  onMessage,
  onDelete,
  onGone,
}: {
  group: SynonymGroup;
  onMessage: (message: PageMessage) => void;
  onDelete: () => void;
  onGone: () => void;
}) {
  const { t } = useTranslation('curation');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(joinWords(group.words));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateSynonymGroupMutation);
  const input = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const words = joinWords(group.words);

  useEffect(() => {
    if (editing) input.current?.focus();
    else if (returnFocus.current) editButton.current?.focus();
    returnFocus.current = false;
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
    setFieldError(null);
    setAlert(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const wanted = splitWords(text);
    const problem = wordsProblem(wanted);
    setFieldError(problem ? t(problem.key, problem.values) : null);
    if (problem) {
      input.current?.focus();
      return;
    }
    try {
      const { data } = await update({
        variables: { input: { id: group.id, words: wanted } },
        update: (cache) => changeCachedSynonyms(cache, (all) => all),
      });
      onMessage({ text: t('synonyms.saved', { words: joinWords(data?.updateSynonymGroup.words ?? wanted) }) });
      close();
    } catch (failure) {
      const { text: said, field } = synonymErrorText(t, failure, wanted);
      if (serverProblem(failure)?.code === 'NOT_FOUND') {
        onMessage({ text: said, error: true });
        onGone();
        return;
      }
      if (field) {
        setFieldError(said);
        input.current?.focus();
      } else setAlert(said);
    }
  };

  const small = 'button button--secondary button--small';
  return (
    <li className="synonym-row">
      {editing ? (
        <form className="synonym-row__edit" onSubmit={(event) => void save(event)} noValidate>
          <FormAlert message={alert} />
          <SynonymWordsField inputRef={input} label={t('synonyms.wordsOf', { words })} value={text} error={fieldError} onChange={setText} />
          <div className="term-row__actions">
            <button type="submit" className="button button--small" disabled={loading}>
              {loading ? t('synonyms.busy') : t('synonyms.save')}
            </button>
            <button
              type="button"
              className={small}
              onClick={() => {
                setText(joinWords(group.words));
                close();
              }}
            >
              {t('synonyms.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <ul className="chips synonym-row__words">
            {group.words.map((word) => (
              <li key={word} className="chip">
                {word}
              </li>
            ))}
          </ul>
          <div className="term-row__actions">
            <button
              ref={editButton}
              type="button"
              className={small}
              aria-label={t('synonyms.editLabel', { words })}
              onClick={() => {
                onMessage(null);
                setText(words);
                setEditing(true);
              }}
            >
              {t('synonyms.edit')}
            </button>
            <button type="button" className={small} aria-label={t('synonyms.deleteLabel', { words })} onClick={onDelete}>
              {t('synonyms.delete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** A new group from comma-separated words. */
function AddSynonymGroupForm({ onMessage }: { onMessage: (message: PageMessage) => void }) {
  const { t } = useTranslation('curation');
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateSynonymGroupMutation);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const words = splitWords(text);
    const problem = wordsProblem(words);
    setFieldError(problem ? t(problem.key, problem.values) : null);
    if (problem) {
      input.current?.focus();
      return;
    }
    try {
      const { data } = await create({
        variables: { input: { words } },
        update: (cache, { data: created }) => {
          if (created) changeCachedSynonyms(cache, (all) => [...all, created.createSynonymGroup]);
        },
      });
      setText('');
      onMessage({ text: t('synonyms.add.added', { words: joinWords(data?.createSynonymGroup.words ?? words) }) });
    } catch (failure) {
      const { text: said, field } = synonymErrorText(t, failure, words);
      if (field) {
        setFieldError(said);
        input.current?.focus();
      } else setAlert(said);
    }
  };

  return (
    <form className="form synonyms__add" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('synonyms.add.title')}</h2>
      <FormAlert message={alert} />
      <SynonymWordsField
        inputRef={input}
        label={t('synonyms.words')}
        value={text}
        error={fieldError}
        onChange={(value) => {
          setText(value);
          setFieldError(null);
        }}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('synonyms.add.busy') : t('synonyms.add.submit')}
      </button>
    </form>
  );
}
