import { structuralCheck, ValidationCode } from '../structural';

/** DF110: WORKDIR with a relative path depends on every WORKDIR before it (and on the base image's). */
export const check = structuralCheck('DF110', [ValidationCode.WORKDIR_IS_NOT_ABSOLUTE], ({ text }) => (text.includes('$') ? null : { args: { path: text } }));
