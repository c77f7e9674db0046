import { structuralCheck, type StructuralCode } from '../structural';

const VARIANT: Partial<Record<StructuralCode, string>> = {
  invalidPort: 'port',
  invalidProto: 'proto',
  invalidReference: 'reference',
  invalidSignal: 'signal',
  invalidSyntax: 'syntax',
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

/**
 * DF112: a value Docker's parser rejects: a bad port or protocol, image reference, signal, quoting, escape directive…
 * (A multi-source COPY/ADD whose destination is not a directory is DF115's, which reads quoted destinations right and
 * has a fix; validate.ts still records it as `invalidDestination` for the comparison with dockerfile-utils.)
 */
export const check = structuralCheck('DF112', Object.keys(VARIANT) as StructuralCode[], ({ code, text }) => ({ args: { value: text }, variant: VARIANT[code] }));
