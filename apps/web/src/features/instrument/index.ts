/** What other features (the proposal pages, the instrument editor) use of the instrument feature. */
export { InstrumentLinks } from './components/InstrumentLinks';
export { instrumentNoticeState } from './components/InstrumentNotice';
import './components/instrument.css';
