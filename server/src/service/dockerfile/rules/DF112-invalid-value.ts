import { structuralCheck, ValidationCode } from '../structural';

const VARIANT: Partial<Record<ValidationCode, string>> = {
  [ValidationCode.INVALID_PORT]: 'port',
  [ValidationCode.INVALID_PROTO]: 'proto',
  [ValidationCode.INVALID_REFERENCE_FORMAT]: 'reference',
  [ValidationCode.INVALID_SIGNAL]: 'signal',
  [ValidationCode.INVALID_SYNTAX]: 'syntax',
  [ValidationCode.INVALID_DESTINATION]: 'destination',
  [ValidationCode.UNKNOWN_TYPE]: 'type',
  [ValidationCode.UNSUPPORTED_MODIFIER]: 'modifier',
  [ValidationCode.SYNTAX_MISSING_EQUALS]: 'syntax',
  [ValidationCode.SYNTAX_MISSING_NAMES]: 'syntax',
  [ValidationCode.SYNTAX_MISSING_SINGLE_QUOTE]: 'quote',
  [ValidationCode.SYNTAX_MISSING_DOUBLE_QUOTE]: 'quote',
  [ValidationCode.INVALID_ESCAPE_DIRECTIVE]: 'escape',
  [ValidationCode.DUPLICATED_ESCAPE_DIRECTIVE]: 'escape',
  [ValidationCode.ONBUILD_CHAINING_DISALLOWED]: 'onbuild',
  [ValidationCode.ONBUILD_TRIGGER_DISALLOWED]: 'onbuild',
  [ValidationCode.SHELL_JSON_FORM]: 'shellJson',
  [ValidationCode.BASE_NAME_EMPTY]: 'baseName',
};

/** DF112: a value Docker's parser rejects: a bad port or protocol, image reference, signal, quoting, escape directive… */
export const check = structuralCheck('DF112', Object.keys(VARIANT).map(Number) as ValidationCode[], ({ code, text }) => ({ args: { value: text }, variant: VARIANT[code] }));
