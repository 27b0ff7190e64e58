export { PilotSection } from './components/PilotSection';
export { PilotStatusStep } from './components/PilotStatusStep';
