import { schemaRule } from '../../schema';
import { composeSchema } from '../schema';

/**
 * DC002: a value of the wrong type (a list where a map is expected, a map where a string is expected …).
 */
export const check = schemaRule('DC002', 'type', ['compose'], composeSchema);
