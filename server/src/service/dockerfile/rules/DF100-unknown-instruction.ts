import { structuralCheck, type StructuralResult } from '../structural';
import { closest } from '../../text';

export const INSTRUCTIONS = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];

/** DF100: an instruction Docker does not know (a typo such as `RUNN` or `COPPY`); offers the closest one. */
export const check = structuralCheck('DF100', ['unknownInstruction'], ({ text, range }): StructuralResult => {
  const suggestion = closest(text.toUpperCase(), INSTRUCTIONS);
  if (!suggestion) return { args: { instruction: text }, variant: 'noSuggestion' };
  const replacement = text === text.toLowerCase() ? suggestion.toLowerCase() : suggestion;
  return { args: { instruction: text, suggestion }, fixes: [{ titleId: 'rename', args: { suggestion }, edits: [{ range, newText: replacement }], preferred: true }] };
});
