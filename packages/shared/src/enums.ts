/*
 * String enums whose keys equal their values: GraphQL exposes keys, the database stores values,
 * and departments' clients see the same word in both. Every enum has Vietnamese and English labels
 * (respectful wording: a returnee is "người chấp hành xong án phạt tù", never "đối tượng").
 */

export * from './enums/accounts.js';
export * from './enums/people.js';
export * from './enums/lifecycle.js';
export * from './enums/judgments.js';
export * from './enums/casework.js';
export * from './enums/committee.js';
export * from './enums/calendar.js';
export * from './enums/exports.js';
export * from './enums/handover.js';
export * from './enums/reports.js';
export * from './enums/agreements.js';
export * from './enums/webhooks.js';
export * from './enums/notifications.js';
