import { EVIDENCE_LEVELS, EVIDENCE_LEVEL_LABELS, type EvidenceLevel } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors } from '../../../app/errors';
import { forgetCatalogueLists } from '../cache';
import { SetInstrumentEvidenceMutation } from '../graphql/curation.documents';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { Dialog } from '../../../app/components/Dialog';
import { DialogActions } from '../../../app/components/DialogActions';

/** The evidence ladder as radio buttons, the current level chosen. */
export function EvidenceDialog({
  open,
  instrument,
  onClose,
  onChanged,
  returnFocus,
}: {
  open: boolean;
  instrument: { id: string; evidenceLevel: EvidenceLevel };
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

function EvidenceForm({
  instrument,
  onCancel,
  onChanged,
}: {
  instrument: { id: string; evidenceLevel: EvidenceLevel };
  onCancel: () => void;
  onChanged: (level: EvidenceLevel) => void;
}) {
  const { t, i18n } = useTranslation('curation');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [level, setLevel] = useState<EvidenceLevel>(instrument.evidenceLevel);
  const [alert, setAlert] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetInstrumentEvidenceMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    if (level === instrument.evidenceLevel) {
      onCancel();
      return;
    }
    try {
      await save({
        variables: { input: { id: instrument.id, evidenceLevel: level } },
        update: (cache) => forgetCatalogueLists(cache),
        // The curators' edit history on the page is not in the mutation's answer.
        refetchQueries: ['InstrumentRevisions'],
      });
      onChanged(level);
    } catch (error) {
      const { general } = fieldErrors(error, []);
      setAlert(t(general ?? 'errors.INTERNAL_SERVER_ERROR', { ns: 'app' }));
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
      <DialogActions busy={loading} submitLabel={t('evidence.submit')} busyLabel={t('evidence.busy')} cancelLabel={t('evidence.cancel')} onCancel={onCancel} />
    </form>
  );
}
