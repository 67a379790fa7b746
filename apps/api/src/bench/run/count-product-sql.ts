import pg from 'pg';
import { countStatements } from './sql-counter.js';

// Loaded with `node --import` before the product's main module: the product's own pg is patched.
countStatements(pg);
