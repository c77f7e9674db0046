import { structuralCheck, type StructuralCode } from '../structural';

const VARIANT: Partial<Record<StructuralCode, string>> = {
  flagAtLeastOne: 'atLeastOne',
  flagDuplicate: 'duplicate',
  flagInvalidDuration: 'duration',
  flagLessThan1ms: 'duration',
  flagMissingDuration: 'duration',
  flagUnknownUnit: 'duration',
  flagMissingValue: 'missing',
  flagInvalidFrom: 'from',
  flagExpectedBoolean: 'boolean',
};

/** DF106: a flag with a value Docker cannot use (`--interval=abc`, `--retries=0`, `--link=maybe`, a flag given twice). */
export const check = structuralCheck('DF106', Object.keys(VARIANT) as StructuralCode[], ({ code, text }) => ({ args: { value: text }, variant: VARIANT[code] }));
