import { MODULES } from '../modules/index.js';

/** Every entity, as each feature module declares its own (modules/<feature>/index.ts). */
export const ENTITIES = MODULES.flatMap((module) => module.entities ?? []);
