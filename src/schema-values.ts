/**
 * The values of the record's enumerations, as plain lists: `schema.ts` builds its zod enums from them,
 * and modules that need only the lists (the table writers, which the CLI's main thread loads) take them
 * from here without loading zod, whose import costs ~100 ms of start-up.
 */

/** How a target's figure relates to its value (see `ComparatorSchema`). */
export const COMPARATORS = ['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range'] as const
/** Which way tăng/giảm wording moves a figure (see `DirectionSchema`). */
export const DIRECTIONS = ['increase', 'decrease'] as const
/** Administrative levels of the issuing locality (see `AdminLevelSchema`). */
export const ADMIN_LEVELS = ['province', 'city', 'district', 'town', 'commune', 'ward'] as const
/** Kinds of document (see `DocumentKindSchema`). */
export const DOCUMENT_KINDS = ['resolution', 'report', 'unknown'] as const
