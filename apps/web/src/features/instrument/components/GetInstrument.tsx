import { useTranslation } from 'react-i18next';
import { primaryLink } from './links';
import { SignInLink } from './SignInLink';
import type { Instrument } from './types';
import { useContactEmail } from './useContactEmail';

/** Statuses in which the instrument itself does not exist yet. */
const NOT_YET = new Set<Instrument['status']>(['IDEA', 'IN_DESIGN']);

/**
 * How to get the instrument, at the top of its page: "Naar het instrument" (its first safe link)
 * as the primary action, or, without one, whom to ask for it.
 */
export function GetInstrument({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instrument');
  const link = primaryLink(instrument.links);
  return (
    <div className="instrument-access">
      <h2 className="visually-hidden">{t('access.title')}</h2>
      {link ? (
        <>
          <p className="instrument-access__action">
            {/* A retired instrument's own link stays, but its successor comes first. */}
            <a
              className={instrument.status === 'RETIRED' ? 'button button--secondary instrument-access__button' : 'button instrument-access__button'}
              href={link.href}
              rel="noopener noreferrer"
            >
              {t('access.open')}
              <span className="visually-hidden"> {t('access.openLabel', { label: link.label })}</span>
            </a>
            <span className="instrument-access__where">
              {link.host ? t('access.where', { label: link.label, host: link.host }) : link.label}
            </span>
          </p>
          {instrument.links.length > 1 && (
            <p className="instrument-access__more">
              <a href="#links">{t('access.allLinks', { count: instrument.links.length })}</a>
            </p>
          )}
        </>
      ) : (
        <AskForIt instrument={instrument} />
      )}
    </div>
  );
}

/** Without a link: the contact person and organisation, and the e-mail address as the API allows. */
function AskForIt({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instrument');
  const { email, signInFirst } = useContactEmail(instrument.slug);
  const { contactName, ownerOrganisation } = instrument;
  const who = [contactName, ownerOrganisation].filter(Boolean).join(', ');
  return (
    <>
      <p className="instrument-access__lead">
        <strong>{NOT_YET.has(instrument.status) ? t('access.notYet') : t('access.offline')}</strong>
      </p>
      {who ? (
        <p>
          {t(NOT_YET.has(instrument.status) ? 'access.askDesigners' : 'access.ask', { who })}
          {email && (
            <>
              {' '}
              <a href={`mailto:${email}`}>{email}</a>
            </>
          )}
        </p>
      ) : (
        <p>{t('access.noContact')}</p>
      )}
      {who && signInFirst && (
        <p className="instrument__muted">
          <SignInLink>{t('contact.signIn')}</SignInLink>
        </p>
      )}
    </>
  );
}
