import { structureRule } from './structure';

/** ANS002: A keyword removed from ansible-core (`include`, `sudo`, `su`, `always_run` …), with what to write instead. */
export const check = structureRule('ANS002');
