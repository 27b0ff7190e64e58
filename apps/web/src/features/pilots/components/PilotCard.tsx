import { PILOT_STATES, PILOT_STATE_LABELS, pilotTakesFeedback, type PilotState } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../app/formats';
import { useUiLanguage } from '../../instrument/components/types';
import type { InstrumentPilotsQuery, PilotFeedbackFieldsFragment } from '../graphql/pilots.generated';
import { UpdatePilotMutation } from '../graphql/pilots.documents';
import { InviteMemberForm } from './InviteMemberForm';
import { PilotFeedbackForm } from './PilotFeedbackForm';
import { PilotsSummaryView } from './PilotsSummaryView';

export type PilotView = NonNullable<InstrumentPilotsQuery['instrument']>['pilots'][number];

/** One pilot: where and when, its state, its feedback in numbers; the forms for who may use them. */
export function PilotCard({ pilot, curator }: { pilot: PilotView; curator: boolean }) {
  const { t } = useTranslation('pilots');
  const { lang } = useUiLanguage();
  const date = useDateFormat();
  const [update, updating] = useMutation(UpdatePilotMutation, { refetchQueries: ['InstrumentPilots'] });
  const state = pilot.state as PilotState;
  const period = pilot.endsOn ? t('pilot.range', { start: date(pilot.startsOn), end: date(pilot.endsOn) }) : t('pilot.from', { start: date(pilot.startsOn) });
  const next = PILOT_STATES[PILOT_STATES.indexOf(state) + 1];
  const s = pilot.feedbackSummary;
  const members = pilot.members ?? [];

  return (
    <li className="pilot" id={`pilot-${pilot.id}`}>
      <h3 className="pilot__title">
        {pilot.community} <span className={`badge pilot__state pilot__state--${state.toLowerCase()}`}>{PILOT_STATE_LABELS[state][lang]}</span>
      </h3>
      <p className="pilot__period">
        <span className="visually-hidden">{t('pilot.period')}: </span>
        {period}
      </p>
      {pilot.note && <p className="pilot__note">{pilot.note}</p>}
      <PilotsSummaryView summary={{ pilots: 1, planned: 0, running: 0, finished: 0, feedback: s }} brief />
      {curator && next && (
        <button type="button" className="button button--secondary" disabled={updating.loading} onClick={() => void update({ variables: { input: { id: pilot.id, state: next } } }).catch(() => undefined)}>
          {t('pilot.setState', { state: PILOT_STATE_LABELS[next][lang] })}
        </button>
      )}

      {pilot.feedback && pilot.feedback.length > 0 && (
        <>
          <h4>{t('pilot.feedback')}</h4>
          <ul className="pilot__feedback">
            {pilot.feedback.map((feedback) => (
              <FeedbackItem key={feedback.id} feedback={feedback} />
            ))}
          </ul>
        </>
      )}

      {pilot.invitedMe &&
        (pilot.myFeedback ? (
          !pilot.feedback && (
            <>
              <h4>{t('pilot.yourFeedback')}</h4>
              <ul className="pilot__feedback">
                <FeedbackItem feedback={pilot.myFeedback} />
              </ul>
            </>
          )
        ) : pilotTakesFeedback(state) ? (
          <PilotFeedbackForm pilotId={pilot.id} />
        ) : (
          <p>{t('pilot.invitedNoFeedbackYet')}</p>
        ))}

      {curator && (
        <details className="pilot__curator">
          <summary>{t('pilot.members')}</summary>
          {members.length ? (
            <ul className="pilot__members">
              {members.map((member) => (
                <li key={member.accountId}>
                  {member.displayName} ({member.email}) — {member.hasGivenFeedback ? t('pilot.given') : t('pilot.notGiven')}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('pilot.noMembers')}</p>
          )}
          <InviteMemberForm pilotId={pilot.id} />
          {pilotTakesFeedback(state) && members.some((m) => !m.hasGivenFeedback) && (
            <PilotFeedbackForm pilotId={pilot.id} members={members.filter((m) => !m.hasGivenFeedback)} />
          )}
        </details>
      )}
    </li>
  );
}

function FeedbackItem({ feedback }: { feedback: PilotFeedbackFieldsFragment }) {
  const { t } = useTranslation('pilots');
  return (
    <li className="pilot-feedback">
      <p className="pilot-feedback__who">
        <strong>{feedback.member}</strong>
        {feedback.onBehalf && ` (${t('pilot.onBehalf')})`} · {feedback.recommend ? t('pilot.recommends') : t('pilot.notRecommends')} ·{' '}
        {t('pilot.usefulness', { score: feedback.usefulness })}
      </p>
      <dl>
        <dt>{t('pilot.worked')}</dt>
        <dd>{feedback.worked}</dd>
        {feedback.change && (
          <>
            <dt>{t('pilot.change')}</dt>
            <dd>{feedback.change}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
