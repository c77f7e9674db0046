import { structuralCheck, ValidationCode } from '../structural';

const VARIANT: Partial<Record<ValidationCode, string>> = {
  [ValidationCode.FLAG_AT_LEAST_ONE]: 'atLeastOne',
  [ValidationCode.FLAG_DUPLICATE]: 'duplicate',
  [ValidationCode.FLAG_INVALID_DURATION]: 'duration',
  [ValidationCode.FLAG_LESS_THAN_1MS]: 'duration',
  [ValidationCode.FLAG_MISSING_DURATION]: 'duration',
  [ValidationCode.FLAG_UNKNOWN_UNIT]: 'duration',
  [ValidationCode.FLAG_MISSING_VALUE]: 'missing',
  [ValidationCode.FLAG_INVALID_FROM_VALUE]: 'from',
  [ValidationCode.FLAG_EXPECTED_BOOLEAN_VALUE]: 'boolean',
};

/** DF106: a flag with a value Docker cannot use (`--interval=abc`, `--retries=0`, `--link=maybe`, a flag given twice). */
export const check = structuralCheck('DF106', Object.keys(VARIANT).map(Number) as ValidationCode[], ({ code, text }) => ({ args: { value: text }, variant: VARIANT[code] }));
