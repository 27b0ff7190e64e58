import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';

/** The home page task that leads administrators to the failed mails. */
export function FailedMailsTask() {
  const { t } = useTranslation('mails');
  return (
    <li className="card curation-tasks__item">
      <h3>
        <Link to="/beheer/mails">{t('failed.title')}</Link>
      </h3>
      <p>{t('failed.task')}</p>
    </li>
  );
}
