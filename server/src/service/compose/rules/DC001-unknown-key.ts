import { schemaRule } from '../../schema';
import { composeSchema } from '../schema';

/**
 * DC001: a key the Compose Specification does not know (a typo such as `port` for `ports`).
 */
export const check = schemaRule('DC001', 'unknown-key', ['compose'], composeSchema);
