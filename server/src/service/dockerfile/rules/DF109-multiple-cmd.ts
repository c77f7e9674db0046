import { structuralCheck } from '../structural';

/** DF109: several CMD, ENTRYPOINT or HEALTHCHECK instructions in one stage: only the last one counts. */
export const check = structuralCheck('DF109', ['multipleInstructions'], ({ text }) => ({ args: { instruction: text.toUpperCase() } }));
