/** What other features (the instrument page, accepting a proposal) use of the curation feature. */
export { CuratorActions } from './components/CuratorActions';
export { SuccessorPicker, type Successor } from './components/SuccessorPicker';
