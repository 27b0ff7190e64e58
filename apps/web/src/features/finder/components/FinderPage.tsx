import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../../../app/components/PageMeta';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useTermLabel } from '../../../app/labels';
import { Link, useNavigate, useSearchParams } from '../../../app/router';
import { FinderVocabulariesQuery } from '../graphql/finder.documents';
import { answersOf, QUESTIONS, RESULTS_STEP, searchOf, STEP_PARAM, stepOf, TIME_ANSWERS, type Answers } from '../finderUrl';
import { FinderResults } from './FinderResults';
import '../finder.css';

export const FINDER_PATH = '/vinden';

interface Option {
  code: string;
  label: string;
}

/** `/vinden`: five skippable questions, one at a time, then the ranked instruments; every step is an address (Back works). */
export function FinderPage() {
  const { t } = useTranslation('finder');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const answers = answersOf(params);
  const step = stepOf(params);
  // The answers are written into the current entry first, so Back returns to this question as it was left.
  const go = (next: Answers, nextStep: number | null) => {
    if (step !== null) navigate(`${FINDER_PATH}?${searchOf(next, step)}`, { replace: true });
    navigate(`${FINDER_PATH}?${searchOf(next, nextStep)}`);
  };

  return (
    <div className="page finder-page">
      <PageMeta title={t('title')} description={t('lead')} path={FINDER_PATH} />
      <h1>{t('title')}</h1>
      {step === null ? (
        <FinderResults answers={answers} onChange={() => go(answers, 0)} onBack={() => go(answers, QUESTIONS.length - 1)} />
      ) : (
        <>
          <p className="lead">{t('lead')}</p>
          <Question key={step} step={step} answers={answers} go={go} />
        </>
      )}
    </div>
  );
}

function Question({ step, answers, go }: { step: number; answers: Answers; go: (next: Answers, step: number | null) => void }) {
  const { t } = useTranslation('finder');
  const term = useTermLabel();
  const question = QUESTIONS[step];
  const [chosen, setChosen] = useState<string[]>(answers[question.key]);
  const headingId = useId();
  const hintId = useId();
  const vocabularies = useQuery(FinderVocabulariesQuery);
  const v = vocabularies.data?.vocabularies;
  const visible = (terms: { code: string; labelNl: string; labelEn: string; hidden: boolean }[] | undefined): Option[] =>
    (terms ?? []).filter((x) => !x.hidden).map((x) => ({ code: x.code, label: term(x) }));
  const options: Record<typeof question.key, Option[]> = {
    phase: visible(v?.phases),
    goals: visible(v?.tags),
    sector: visible(v?.sectors),
    audiences: visible(v?.audiences),
    time: TIME_ANSWERS.map((code) => ({ code, label: t(`time.${code}`) })),
  };
  const last = step === QUESTIONS.length - 1;
  const nextStep = last ? null : step + 1;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ ...answers, [question.key]: chosen }, nextStep);
  };
  const hint = question.key === 'goals' ? t('questions.goalsHint') : question.key === 'audiences' ? t('questions.audiencesHint') : null;

  if (vocabularies.error) return <ErrorMessage error={vocabularies.error} onRetry={() => void vocabularies.refetch()} />;
  return (
    // Without JavaScript (a server-rendered page) the form still moves on: a GET with the other answers and the next step.
    <form className="finder-question" method="get" action={FINDER_PATH} onSubmit={submit} aria-labelledby={headingId}>
      {QUESTIONS.filter((q) => q.key !== question.key && answers[q.key].length > 0).map((q) => (
        <input key={q.param} type="hidden" name={q.param} value={answers[q.key].join(',')} />
      ))}
      <input type="hidden" name={STEP_PARAM} value={nextStep === null ? RESULTS_STEP : nextStep + 1} />
      <p className="finder-question__progress">{t('progress', { step: step + 1, count: QUESTIONS.length })}</p>
      <fieldset aria-describedby={hint ? hintId : undefined}>
        <legend id={headingId}>
          <h2>{t(`questions.${question.key}`)}</h2>
        </legend>
        {hint && (
          <p className="field__hint" id={hintId}>
            {hint}
          </p>
        )}
        {!v && question.key !== 'time' ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <ul className="finder-question__options">
            {options[question.key].map((option) => (
              <li key={option.code}>
                <label>
                  <input
                    type={question.multiple ? 'checkbox' : 'radio'}
                    name={question.param}
                    value={option.code}
                    checked={chosen.includes(option.code)}
                    onChange={(event) =>
                      setChosen(
                        question.multiple
                          ? event.target.checked
                            ? [...chosen, option.code]
                            : chosen.filter((c) => c !== option.code)
                          : [option.code],
                      )
                    }
                  />{' '}
                  {option.label}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div className="finder-question__actions">
        <button type="submit" className="button">
          {last ? t('showResults') : t('next')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => go({ ...answers, [question.key]: [] }, nextStep)}>
          {t('skip')}
        </button>
        {step > 0 && (
          <button type="button" className="button button--link" onClick={() => go({ ...answers, [question.key]: chosen }, step - 1)}>
            {t('previous')}
          </button>
        )}
      </div>
      <p>
        <Link to="/">{t('results.catalogue')}</Link>
      </p>
    </form>
  );
}
