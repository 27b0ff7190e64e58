import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';

/** The curators' home page task that leads to the queue of submitted practice reports. */
export function PracticeReportsTask() {
  const { t } = useTranslation('practiceReports');
  return (
    <li className="card curation-tasks__item">
      <h3>
        <Link to="/beheer/praktijkvoorbeelden">{t('queue.title')}</Link>
      </h3>
      <p>{t('queue.task')}</p>
    </li>
  );
}
