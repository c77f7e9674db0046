import { structuralCheck, type StructuralCode } from '../structural';

const VARIANT: Partial<Record<StructuralCode, string>> = {
  invalidPort: 'port',
  invalidProto: 'proto',
  invalidReference: 'reference',
  invalidSignal: 'signal',
  invalidSyntax: 'syntax',
  invalidDestination: 'destination',
  unknownHealthcheckType: 'type',
  unsupportedModifier: 'modifier',
  missingEquals: 'syntax',
  missingNames: 'syntax',
  missingSingleQuote: 'quote',
  missingDoubleQuote: 'quote',
  invalidEscape: 'escape',
  duplicateEscape: 'escape',
  onbuildChaining: 'onbuild',
  onbuildTrigger: 'onbuild',
  shellJson: 'shellJson',
  baseNameEmpty: 'baseName',
};

/** DF112: a value Docker's parser rejects: a bad port or protocol, image reference, signal, quoting, escape directive… */
export const check = structuralCheck('DF112', Object.keys(VARIANT) as StructuralCode[], ({ code, text }) => ({ args: { value: text }, variant: VARIANT[code] }));
