export * from './embedded-postgres.js';
export * from './database-config.js';
export * from './data-source-options.js';
export * from './seed/seed-example-data.js';
export * from './test-database.js';
export * from './statement-counter.js';
