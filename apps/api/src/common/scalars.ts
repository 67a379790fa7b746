import { LocalDateResolver } from 'graphql-scalars';

/**
 * Civil dates (YYYY-MM-DD) with no time zone, e.g. "2024-04-25". Stored as `date` columns and
 * passed as strings end to end so no server time zone can shift them.
 */
export const LocalDate = LocalDateResolver;
