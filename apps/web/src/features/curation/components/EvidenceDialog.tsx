import { EVIDENCE_ASSESSMENT_LIMITS as E, EVIDENCE_LEVELS, EVIDENCE_LEVEL_LABELS, INSTRUMENT_LIMITS as L, type EvidenceLevel } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors } from '../../../app/errors';
import { isWebAddress } from '../../../app/fields/instrumentFields';
import { EvidenceSourcePickers, type CitedSources } from '../../evidence';
import { AssessEvidenceMutation } from '../../evidence/graphql/evidence.documents';
import { forgetCatalogueLists } from '../cache';
import type { LinkRow } from '../instrumentForm';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { Dialog } from '../../../app/components/Dialog';
import { DialogActions } from '../../../app/components/DialogActions';
import { LinksEditor } from './LinksEditor';

/**
 * A new assessment of the evidence level: the ladder as radio buttons (the current level chosen),
 * the reason it needs, and what it rests on: links, and the instrument's published practice
 * reports and pilots as checkboxes.
 */
export function EvidenceDialog({
  open,
  instrument,
  onClose,
  onChanged,
  returnFocus,
}: {
  open: boolean;
  instrument: { id: string; slug: string; evidenceLevel: EvidenceLevel };
  onClose: () => void;
  onChanged: (level: EvidenceLevel) => void;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation('curation');
  return (
    <Dialog open={open} title={t('evidence.title')} onClose={onClose} returnFocus={returnFocus}>
      <EvidenceForm instrument={instrument} onCancel={onClose} onChanged={onChanged} />
    </Dialog>
  );
}

type Problems = { reason?: string; links?: string } & Record<`links.${number}.${'label' | 'url'}`, string | undefined>;

function EvidenceForm({
  instrument,
  onCancel,
  onChanged,
}: {
  instrument: { id: string; slug: string; evidenceLevel: EvidenceLevel };
  onCancel: () => void;
  onChanged: (level: EvidenceLevel) => void;
}) {
  const { t, i18n } = useTranslation('curation');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [level, setLevel] = useState<EvidenceLevel>(instrument.evidenceLevel);
  const [reason, setReason] = useState('');
  const [links, setLinks] = useState<LinkRow[]>([]);
  const [cited, setCited] = useState<CitedSources>({ practiceReportIds: [], pilotIds: [] });
  const [problems, setProblems] = useState<Problems>({});
  const [alert, setAlert] = useState<string | null>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const [save, { loading }] = useMutation(AssessEvidenceMutation);

  const check = (): Problems => {
    const found: Problems = {};
    if (!reason.trim()) found.reason = t('evidence.reasonRequired');
    if (links.length + cited.practiceReportIds.length + cited.pilotIds.length > E.sources.max) found.links = t('evidence.sourcesMax', { max: E.sources.max });
    links.forEach((link, index) => {
      const label = link.label.trim();
      if (label.length < L.linkLabel.min || label.length > L.linkLabel.max) found[`links.${index}.label`] = t('validation.linkLabel');
      if (!isWebAddress(link.url.trim())) found[`links.${index}.url`] = t('validation.linkUrl');
    });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) {
      if (found.reason) reasonField.current?.focus();
      return;
    }
    try {
      await save({
        variables: {
          input: {
            instrumentId: instrument.id,
            evidenceLevel: level,
            reason: reason.trim(),
            sources: [
              ...links.map((link) => ({ kind: 'LINK' as const, label: link.label.trim(), url: link.url.trim() })),
              ...cited.practiceReportIds.map((practiceReportId) => ({ kind: 'PRACTICE_REPORT' as const, practiceReportId })),
              ...cited.pilotIds.map((pilotId) => ({ kind: 'PILOT' as const, pilotId })),
            ],
          },
        },
        update: (cache) => forgetCatalogueLists(cache),
        // The page's assessments and the curators' edit history are not all in the mutation's answer.
        refetchQueries: ['InstrumentEvidence', 'InstrumentRevisions'],
      });
      onChanged(level);
    } catch (error) {
      const { byField, general } = fieldErrors(error, ['reason', 'sources']);
      if (byField.reason || byField.sources) setProblems({ reason: byField.reason, links: byField.sources });
      setAlert(t(general ?? 'errors.BAD_USER_INPUT', { ns: 'app' }));
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={alert} />
      <ChoiceGroup
        type="radio"
        legend={t('evidence.legend')}
        hint={t('evidence.hint')}
        choices={EVIDENCE_LEVELS.map((value) => ({ value, label: EVIDENCE_LEVEL_LABELS[value][lang] }))}
        selected={[level]}
        onChange={([value]) => setLevel(value as EvidenceLevel)}
      />
      <Field label={t('evidence.reason')} hint={t('evidence.reasonHint')} error={problems.reason} required>
        {(props) => (
          <textarea {...props} ref={reasonField} rows={4} maxLength={E.reason.max} value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </Field>
      <fieldset className="evidence-sources">
        <legend>{t('evidence.sources')}</legend>
        <p className="field__hint">{t('evidence.sourcesHint')}</p>
        <LinksEditor links={links} onChange={setLinks} errorOf={(index, part) => problems[`links.${index}.${part}`] ?? null} listError={problems.links ?? null} />
        <EvidenceSourcePickers instrument={instrument} cited={cited} onChange={setCited} />
      </fieldset>
      <DialogActions busy={loading} submitLabel={t('evidence.submit')} busyLabel={t('evidence.busy')} cancelLabel={t('evidence.cancel')} onCancel={onCancel} />
    </form>
  );
}
