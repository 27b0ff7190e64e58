import type { PracticeReportStatus } from '#domain';
import { useReportStatusLabel } from '../labels';

/** The state of a practice report as a badge: colour plus its label, never colour alone. */
export function PracticeReportStatusBadge({ status }: { status: PracticeReportStatus }) {
  const label = useReportStatusLabel();
  return (
    <span className={`badge practice-badge practice-badge--${status.toLowerCase()}`} data-status={status}>
      {label(status)}
    </span>
  );
}
