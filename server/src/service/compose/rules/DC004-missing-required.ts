import { schemaRule } from '../../schema';
import { composeSchema } from '../schema';

/**
 * DC004: a required key is missing (`condition` in long-form `depends_on`, `action`/`path` in `develop.watch` …).
 */
export const check = schemaRule('DC004', 'required', ['compose'], composeSchema);
