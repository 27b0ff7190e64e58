/** The operations are written in practice-reports.graphql; codegen types them in practice-reports.generated.ts (`npm run codegen`). */
export {
  InstrumentPracticeReportsDocument as InstrumentPracticeReportsQuery,
  PracticeReportsDocument as PracticeReportsQuery,
  PracticeReportDocument as PracticeReportQuery,
  MyPracticeReportsDocument as MyPracticeReportsQuery,
  PracticeReportVocabulariesDocument as PracticeReportVocabulariesQuery,
  PracticeReportInstrumentDocument as PracticeReportInstrumentQuery,
  SubmitPracticeReportDocument as SubmitPracticeReportMutation,
  UpdatePracticeReportDocument as UpdatePracticeReportMutation,
  PublishPracticeReportDocument as PublishPracticeReportMutation,
  DeclinePracticeReportDocument as DeclinePracticeReportMutation,
} from './practice-reports.generated';
export type { PracticeReportFieldsFragment } from './practice-reports.generated';
