import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { EvidenceSourceChoicesQuery } from '../graphql/evidence.documents';

export interface CitedSources {
  practiceReportIds: string[];
  pilotIds: string[];
}

/** "Naam, 2025-03 – 2025-09": a practice report or pilot as the picker names it. */
const period = (from: string, to: string | null | undefined) => (to ? `${from} – ${to}` : from);

/**
 * In the assessment dialog: the instrument's published practice reports and its pilots as
 * checkboxes, to cite beside links. A group shows only when there is something to pick.
 */
export function EvidenceSourcePickers({
  instrument,
  cited,
  onChange,
}: {
  instrument: { id: string; slug: string };
  cited: CitedSources;
  onChange: (cited: CitedSources) => void;
}) {
  const { t } = useTranslation('evidence');
  const { data } = useQuery(EvidenceSourceChoicesQuery, { variables: { slug: instrument.slug, instrumentId: instrument.id } });
  const reports = data?.practiceReports.edges.map(({ node }) => node) ?? [];
  const pilots = data?.instrument?.pilots ?? [];
  return (
    <>
      {reports.length > 0 && (
        <ChoiceGroup
          type="checkbox"
          legend={t('pickers.practiceReports')}
          choices={reports.map((report) => ({
            value: report.id,
            label: [report.communityName ?? t('pickers.unnamedCommunity'), period(report.periodFrom, report.periodTo)].join(', '),
          }))}
          selected={cited.practiceReportIds}
          onChange={(practiceReportIds) => onChange({ ...cited, practiceReportIds })}
        />
      )}
      {pilots.length > 0 && (
        <ChoiceGroup
          type="checkbox"
          legend={t('pickers.pilots')}
          choices={pilots.map((pilot) => ({
            value: pilot.id,
            label: `${pilot.community}, ${period(pilot.startsOn, pilot.endsOn)} (${t(`pickers.state.${pilot.state}`)})`,
          }))}
          selected={cited.pilotIds}
          onChange={(pilotIds) => onChange({ ...cited, pilotIds })}
        />
      )}
    </>
  );
}
