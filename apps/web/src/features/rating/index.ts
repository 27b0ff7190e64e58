/** What the instrument page uses of the rating feature. The catalogue's cards take their badge from `./badge`. */
export { RatingSection } from './components/RatingSection';
export { RatingSummary } from './components/RatingSummary';
