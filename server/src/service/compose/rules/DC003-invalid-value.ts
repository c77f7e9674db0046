import { schemaRule } from '../../schema';
import { composeSchema } from '../schema';

/**
 * DC003: a value outside the allowed set (`restart`, `condition`, `pull_policy` …); the allowed values are listed.
 */
export const check = schemaRule('DC003', 'enum', ['compose'], composeSchema);
