/**
 * The catalogue's rating badge, apart from index.ts: the catalogue is in the first download, and
 * importing index.ts there would bring the instrument page's rating section into it.
 */
export { RatingBadge } from './components/RatingBadge';
