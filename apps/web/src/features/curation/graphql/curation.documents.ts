/** The operations are written in curation.graphql; codegen types them in curation.generated.ts (`npm run codegen`). */
export {
  CuratedInstrumentFieldsFragmentDoc as CuratedInstrumentFields,
  CurationVocabulariesDocument as CurationVocabulariesQuery,
  EditInstrumentDocument as EditInstrumentQuery,
  RecentInstrumentsDocument as RecentInstrumentsQuery,
  CreateInstrumentDocument as CreateInstrumentMutation,
  UpdateInstrumentDocument as UpdateInstrumentMutation,
  ChangeInstrumentStatusDocument as ChangeInstrumentStatusMutation,
  RetireInstrumentDocument as RetireInstrumentMutation,
  CreateVocabularyTermDocument as CreateVocabularyTermMutation,
  UpdateVocabularyTermDocument as UpdateVocabularyTermMutation,
  ReorderVocabularyDocument as ReorderVocabularyMutation,
  DeleteVocabularyTermDocument as DeleteVocabularyTermMutation,
} from './curation.generated';
