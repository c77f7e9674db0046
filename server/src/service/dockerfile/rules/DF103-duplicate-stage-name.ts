import { structuralCheck } from '../structural';

/** DF103: two build stages with the same name — BuildKit refuses the Dockerfile. */
export const check = structuralCheck('DF103', ['duplicateStageName'], ({ text }) => ({ args: { name: text } }));
