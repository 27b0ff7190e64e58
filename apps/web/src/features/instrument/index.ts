/** What other features (the proposal pages) use of the instrument feature. */
export { InstrumentLinks } from './components/InstrumentLinks';
import './components/instrument.css';
