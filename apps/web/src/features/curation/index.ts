/** What other features (the instrument page) use of the curation feature. */
export { CuratorActions } from './components/CuratorActions';
