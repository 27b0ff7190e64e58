export * from './vocabulary.js';
export * from './status-transitions.js';
export * from './field-limits.js';
export * from './accounts.js';
export * from './proposals.js';
export * from './import-report.js';
export * from './catalogue-url.js';
export * from './search.js';
