/** The operations are written in evidence.graphql; codegen types them in evidence.generated.ts (`npm run codegen`). */
export {
  InstrumentEvidenceDocument as InstrumentEvidenceQuery,
  AssessEvidenceDocument as AssessEvidenceMutation,
  EvidenceSourceChoicesDocument as EvidenceSourceChoicesQuery,
} from './evidence.generated';
