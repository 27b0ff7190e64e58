/** What other features (the instrument page, the catalogue card, the proposal pages) use of the files feature. */
export { InstrumentFiles } from './components/InstrumentFiles';
export { ProposalAttachments } from './components/ProposalAttachments';
