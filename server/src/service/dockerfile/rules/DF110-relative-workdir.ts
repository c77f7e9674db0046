import { structuralCheck } from '../structural';

/** DF110: WORKDIR with a relative path depends on every WORKDIR before it (and on the base image's). */
export const check = structuralCheck('DF110', ['relativeWorkdir'], ({ text }) => (text.includes('$') ? null : { args: { path: text } }));
