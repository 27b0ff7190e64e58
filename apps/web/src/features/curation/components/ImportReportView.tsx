import type { ImportReport } from '#domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import type { ImportKind } from '../importFile';
import { importProblemText } from '../importProblems';

const COUNTS = ['rows', 'created', 'updated', 'unchanged'] as const;

/** The API's import report: what was (or would be) done, or the problems why nothing was written. */
export function ImportReportView({ report, kind }: { report: ImportReport; kind: ImportKind }) {
  const { t, i18n } = useTranslation('curation');
  const heading = useRef<HTMLHeadingElement>(null);
  // A new report is where the person's attention goes next (and what a screen reader reads).
  useEffect(() => heading.current?.focus(), [report]);
  const summary = !report.ok ? 'failed' : report.dryRun ? 'okDryRun' : 'ok';

  return (
    <section className="card import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" ref={heading} tabIndex={-1}>
        {t(report.dryRun ? 'import.report.titleDryRun' : 'import.report.title')}
      </h2>
      <div className={report.ok ? 'notice notice--success' : 'notice notice--error'}>
        <p>{t(`import.report.${summary}`, { count: report.problems.length })}</p>
        {report.ok && !report.dryRun && (
          <p>
            {kind === 'practice-reports' ? (
              <Link to="/praktijkvoorbeelden">{t('import.report.toPracticeReports')}</Link>
            ) : (
              <Link to="/">{t('import.report.toCatalogue')}</Link>
            )}
          </p>
        )}
      </div>
      <dl className="import-report__counts">
        {(report.ok ? COUNTS : COUNTS.slice(0, 1)).map((name) => (
          <div key={name}>
            <dt>{t(`import.report.counts.${name}`)}</dt>
            <dd>{report[name]}</dd>
          </div>
        ))}
        {report.ok && kind === 'instruments' && (
          <div>
            <dt>{t('import.report.counts.createdTerms')}</dt>
            <dd>{report.createdTerms.length}</dd>
          </div>
        )}
      </dl>
      {report.ok && report.createdTerms.length > 0 && (
        <p className="import-report__terms">
          {t('import.report.createdTerms', {
            terms: report.createdTerms.map((term) => `${term.code} (${t(`vocab.names.${term.vocabulary.toUpperCase()}`)})`).join(', '),
          })}
        </p>
      )}
      {report.problems.length > 0 && (
        <table className="import-report__problems">
          <caption>{t('import.report.problems.caption', { count: report.problems.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.report.problems.row')}</th>
              <th scope="col">{t('import.report.problems.column')}</th>
              <th scope="col">{t('import.report.problems.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((problem, index) => (
              <tr key={index}>
                <td>{problem.row ?? t('import.report.problems.wholeFile')}</td>
                <td>{problem.column ?? (problem.row === null ? '' : t('import.report.problems.wholeRow'))}</td>
                <td>{importProblemText(t, i18n.language, problem)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
