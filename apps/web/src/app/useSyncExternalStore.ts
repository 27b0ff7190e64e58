/**
 * react-i18next and wouter import the `use-sync-external-store` shim, written for React before 18;
 * React 19 has the hook itself, so vite.config.ts points the shim here.
 */
export { useSyncExternalStore } from 'react';
