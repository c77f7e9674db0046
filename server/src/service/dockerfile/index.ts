import type { FormatProvider } from '../provider';
import { dockerfileHover } from './hover';
import { check as DF001 } from './rules/DF001-add-local-file';

export const dockerfileProvider: FormatProvider = {
  formats: ['dockerfile'],
  checks: [DF001],
  hover: ({ model, position, kb }) => dockerfileHover(model, position, kb),
};
