export * from './labels.js';
export * from './enums.js';
export * from './names.js';
export * from './citizen-id.js';
export * from './dates.js';
export * from './stats.js';
export * from './expungement.js';
