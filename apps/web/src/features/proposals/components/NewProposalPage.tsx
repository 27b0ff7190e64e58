import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { SubmitProposalMutation } from '../graphql/proposals.documents';
import { emptyProposal } from '../proposalForm';
import { ProposalForm } from './ProposalForm';
import { ProposalAttachments } from '../../files';
import '../proposals.css';

/** `/voorstellen/nieuw`: the proposal form, then a confirmation that says what happens next. */
export function NewProposalPage() {
  const { t } = useTranslation('proposals');
  const [done, setDone] = useState<{ id: string; title: string } | null>(null);
  const [round, setRound] = useState(0);
  useDocumentTitle(done ? t('done.title') : t('new.title'));
  const [submitProposal] = useMutation(SubmitProposalMutation, {
    // "Mijn voorstellen" shows the new proposal at once, without asking the server again.
    update(cache, { data }) {
      const created = data?.submitProposal;
      if (!created) return;
      cache.modify<{ myProposals: Reference[] }>({
        fields: {
          myProposals(existing, { toReference, isReference }) {
            const added = toReference(created);
            if (!added || !Array.isArray(existing) || existing.some((item) => isReference(item) && item.__ref === added.__ref)) return existing;
            return [added, ...existing];
          },
        },
      });
    },
  });

  if (done) {
    return (
      <Confirmation
        proposal={done}
        onAnother={() => {
          setDone(null);
          setRound((n) => n + 1);
        }}
      />
    );
  }

  return (
    <div className="page proposals-page">
      <p>
        <Link to="/voorstellen">{t('detail.back')}</Link>
      </p>
      <h1>{t('new.title')}</h1>
      <p className="lead">{t('new.lead')}</p>
      <ProposalForm
        key={round}
        initial={emptyProposal()}
        actions={[{ intent: 'submit', label: t('form.submit') }]}
        cancel={
          <Link to="/voorstellen" className="button button--link">
            {t('form.cancel')}
          </Link>
        }
        onSubmit={async (input) => {
          const { data } = await submitProposal({ variables: { input } });
          if (data) setDone({ id: data.submitProposal.id, title: data.submitProposal.title });
        }}
      />
    </div>
  );
}

function Confirmation({ proposal, onAnother }: { proposal: { id: string; title: string }; onAnother: () => void }) {
  const { t } = useTranslation('proposals');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, []);
  return (
    <div className="page proposals-page">
      <div className="notice notice--success proposal-done">
        <h1 ref={heading} tabIndex={-1}>
          {t('done.title')}
        </h1>
        <p>{t('done.body', { title: proposal.title })}</p>
        <h2>{t('done.next')}</h2>
        <ol>
          <li>{t('done.steps.review')}</li>
          <li>{t('done.steps.decision')}</li>
          <li>{t('done.steps.changes')}</li>
        </ol>
        <div className="proposals-actions">
          <Link to={`/voorstellen/${proposal.id}`} className="button">
            {t('done.view')}
          </Link>
          <Link to="/voorstellen" className="button button--secondary">
            {t('done.mine')}
          </Link>
          <button type="button" className="button button--link" onClick={onAnother}>
            {t('done.another')}
          </button>
        </div>
      </div>
      <ProposalAttachments proposalId={proposal.id} editable />
    </div>
  );
}
