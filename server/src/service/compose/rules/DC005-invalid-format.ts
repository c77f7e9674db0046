import { schemaRule } from '../../schema';
import { composeSchema } from '../schema';

/**
 * DC005: a value of the right type in the wrong form (a name with forbidden characters, a pattern or a range it breaks, a duplicate).
 */
export const check = schemaRule('DC005', 'invalid', ['compose'], composeSchema);
