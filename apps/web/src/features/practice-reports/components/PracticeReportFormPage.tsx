import { useMutation, useQuery } from '@apollo/client/react';
import { PARTNER_KINDS, PRACTICE_REPORT_LIMITS as L, type PartnerKind } from '#domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { ErrorSummary } from '../../../app/components/ErrorSummary';
import { Field } from '../../../app/components/Field';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { serverProblem } from '../../../app/errors';
import { useTermLabel } from '../../../app/labels';
import { Link, useNavigate, useParams } from '../../../app/router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import {
  MyPracticeReportsQuery,
  PracticeReportInstrumentQuery,
  PracticeReportQuery,
  PracticeReportVocabulariesQuery,
  SubmitPracticeReportMutation,
  UpdatePracticeReportMutation,
  type PracticeReportFieldsFragment,
} from '../graphql/practice-reports.documents';
import { usePartnerKindLabel } from '../labels';
import { EMPTY_DRAFT, draftInput, draftProblems, type DraftField, type PracticeReportDraft } from '../practiceReportForm';
import '../practice-reports.css';

/** `/instrumenten/:slug/praktijkvoorbeeld`: a member writes a practice report about the instrument. */
export function NewPracticeReportPage() {
  const { t } = useTranslation('practiceReports');
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(PracticeReportInstrumentQuery, { variables: { slug } });
  useDocumentTitle(t('form.newTitle'));
  if (!data?.instrument) return <Waiting error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return <PracticeReportForm instrument={data.instrument} report={null} />;
}

/** `/praktijkvoorbeelden/:id/bewerken`: the author changes their report until it is published. */
export function EditPracticeReportPage() {
  const { t } = useTranslation('practiceReports');
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(PracticeReportQuery, { variables: { id }, fetchPolicy: 'network-only' });
  useDocumentTitle(t('form.editTitle'));
  const report = data?.practiceReport;
  if (!report?.instrument) return <Waiting error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return <PracticeReportForm instrument={report.instrument} report={report} />;
}

function Waiting({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('practiceReports');
  return (
    <div className="page practice-page">
      {error ? (
        serverProblem(error)?.code === 'NOT_FOUND' ? <p className="notice">{t('report.notFound')}</p> : <ErrorMessage onRetry={onRetry} />
      ) : (
        <p className="page-loading" role="status">
          {t('report.loading')}
        </p>
      )}
    </div>
  );
}

function draftOf(report: PracticeReportFieldsFragment | null): PracticeReportDraft {
  if (!report) return EMPTY_DRAFT;
  return {
    communityName: report.communityName ?? '',
    sectors: report.sectors.map((s) => s.code),
    partnerKinds: [...report.partnerKinds],
    phase: report.phase?.code ?? '',
    periodFrom: report.periodFrom,
    periodTo: report.periodTo ?? '',
    whatWeDid: report.whatWeDid,
    whatItYielded: report.whatItYielded,
    whatWeWouldChange: report.whatWeWouldChange,
    contact: report.contact ?? '',
  };
}

/** In the form's order, so the error summary lists the problems as the form asks. */
const FIELD_IDS: Record<DraftField, string> = {
  communityName: 'practice-community',
  phase: 'practice-phase',
  sectors: 'practice-sectors',
  partnerKinds: 'practice-partners',
  periodFrom: 'practice-from',
  periodTo: 'practice-to',
  whatWeDid: 'practice-did',
  whatItYielded: 'practice-yielded',
  whatWeWouldChange: 'practice-change',
  contact: 'practice-contact',
};

const FIELD_LABELS: Record<DraftField, string> = {
  communityName: 'form.community',
  phase: 'form.phase',
  sectors: 'form.sectors',
  partnerKinds: 'form.partnerKinds',
  periodFrom: 'form.periodFrom',
  periodTo: 'form.periodTo',
  whatWeDid: 'form.whatWeDid',
  whatItYielded: 'form.whatItYielded',
  whatWeWouldChange: 'form.whatWeWouldChange',
  contact: 'form.contact',
};

function PracticeReportForm({ instrument, report }: { instrument: { id: string; slug: string; title: string }; report: PracticeReportFieldsFragment | null }) {
  const { t } = useTranslation('practiceReports');
  const { t: tApp } = useTranslation();
  const navigate = useNavigate();
  const term = useTermLabel();
  const partner = usePartnerKindLabel();
  const vocabularies = useQuery(PracticeReportVocabulariesQuery).data?.vocabularies;
  const [draft, setDraft] = useState<PracticeReportDraft>(() => draftOf(report));
  const [showProblems, setShowProblems] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [serverError, setServerError] = useState<string | null>(null);
  const refetchQueries = [{ query: MyPracticeReportsQuery }];
  const [submit, submitted] = useMutation(SubmitPracticeReportMutation, { refetchQueries });
  const [update, updated] = useMutation(UpdatePracticeReportMutation, { refetchQueries });
  const busy = submitted.loading || updated.loading;

  const problems = draftProblems(draft);
  const errorOf = (field: DraftField) => {
    const problem = showProblems ? problems[field] : undefined;
    return problem ? t(`form.errors.${problem.key}`, { count: problem.count }) : null;
  };
  const set = <K extends DraftField>(field: K, value: PracticeReportDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const summary = showProblems
    ? (Object.keys(FIELD_IDS) as DraftField[]).filter((field) => problems[field]).map((field) => ({ target: FIELD_IDS[field], message: `${t(FIELD_LABELS[field])}: ${errorOf(field)!}` }))
    : [];

  const save = async () => {
    setShowProblems(true);
    if (Object.keys(problems).length) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setServerError(null);
    try {
      const input = draftInput(draft);
      const result = report
        ? (await update({ variables: { input: { id: report.id, ...input } } })).data?.updatePracticeReport
        : (await submit({ variables: { input: { instrumentId: instrument.id, ...input } } })).data?.submitPracticeReport;
      if (result) navigate(`/praktijkvoorbeelden/${result.id}`);
    } catch (error) {
      const problem = serverProblem(error);
      setServerError(problem?.code === 'CONFLICT' ? t('form.errors.conflict') : problem?.message ?? tApp('errors.NETWORK'));
    }
  };

  const storyField = (field: 'whatWeDid' | 'whatItYielded' | 'whatWeWouldChange') => (
    <Field id={FIELD_IDS[field]} label={t(`form.${field}`)} hint={t('form.storyHint')} error={errorOf(field)} required>
      {(props) => <textarea {...props} rows={5} maxLength={L.story.max} value={draft[field]} onChange={(event) => set(field, event.target.value)} />}
    </Field>
  );

  return (
    <div className="page practice-page practice-form-page">
      <Link to={report ? `/praktijkvoorbeelden/${report.id}` : `/instrumenten/${instrument.slug}`}>← {instrument.title}</Link>
      <h1>{report ? t('form.editTitle') : t('form.newTitle')}</h1>
      <p className="lead">{t('form.lead', { title: instrument.title })}</p>
      <ErrorSummary errors={summary} focusRequest={focusRequest} />
      {serverError && (
        <p className="notice notice--error" role="alert">
          {serverError}
        </p>
      )}
      <form
        className="practice-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field id={FIELD_IDS.communityName} label={t('form.community')} hint={t('form.communityHint')} error={errorOf('communityName')}>
          {(props) => <input {...props} type="text" maxLength={L.communityName.max} value={draft.communityName} onChange={(event) => set('communityName', event.target.value)} />}
        </Field>
        <ChoiceGroup
          id={FIELD_IDS.phase}
          legend={t('form.phase')}
          required
          error={errorOf('phase')}
          type="radio"
          choices={(vocabularies?.phases ?? []).filter((p) => !p.hidden || p.code === draft.phase).map((p) => ({ value: p.code, label: term(p) }))}
          selected={draft.phase ? [draft.phase] : []}
          onChange={(selected) => set('phase', selected[0] ?? '')}
        />
        <ChoiceGroup
          id={FIELD_IDS.sectors}
          legend={t('form.sectors')}
          required
          error={errorOf('sectors')}
          type="checkbox"
          choices={(vocabularies?.sectors ?? []).filter((s) => !s.hidden || draft.sectors.includes(s.code)).map((s) => ({ value: s.code, label: term(s) }))}
          selected={draft.sectors}
          onChange={(selected) => set('sectors', selected)}
        />
        <ChoiceGroup
          id={FIELD_IDS.partnerKinds}
          legend={t('form.partnerKinds')}
          required
          error={errorOf('partnerKinds')}
          type="checkbox"
          choices={PARTNER_KINDS.map((kind) => ({ value: kind, label: partner(kind) }))}
          selected={draft.partnerKinds}
          onChange={(selected) => set('partnerKinds', selected as PartnerKind[])}
        />
        <div className="practice-form__period">
          <Field id={FIELD_IDS.periodFrom} label={t('form.periodFrom')} hint={t('form.periodFromHint')} error={errorOf('periodFrom')} required>
            {(props) => <input {...props} type="month" value={draft.periodFrom} onChange={(event) => set('periodFrom', event.target.value)} />}
          </Field>
          <Field id={FIELD_IDS.periodTo} label={t('form.periodTo')} hint={t('form.periodToHint')} error={errorOf('periodTo')}>
            {(props) => <input {...props} type="month" value={draft.periodTo} onChange={(event) => set('periodTo', event.target.value)} />}
          </Field>
        </div>
        {storyField('whatWeDid')}
        {storyField('whatItYielded')}
        {storyField('whatWeWouldChange')}
        <Field id={FIELD_IDS.contact} label={t('form.contact')} hint={t('form.contactHint')} error={errorOf('contact')}>
          {(props) => <input {...props} type="text" maxLength={L.contact.max} value={draft.contact} onChange={(event) => set('contact', event.target.value)} />}
        </Field>
        <div className="practice-form__actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('form.busy') : report ? t('form.save') : t('form.submit')}
          </button>
          <Link to={report ? `/praktijkvoorbeelden/${report.id}` : `/instrumenten/${instrument.slug}`}>{t('form.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
