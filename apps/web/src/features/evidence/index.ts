/** What the instrument page uses of the evidence feature. */
export { InstrumentEvidence } from './components/InstrumentEvidence';
export { EvidenceSourcePickers, type CitedSources } from './components/EvidenceSourcePickers';
