import { structuralCheck, ValidationCode } from '../structural';

/** DF103: two build stages with the same name — BuildKit refuses the Dockerfile. */
export const check = structuralCheck('DF103', [ValidationCode.DUPLICATE_BUILD_STAGE_NAME], ({ text }) => ({ args: { name: text } }));
