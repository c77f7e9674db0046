import { structuralRule } from './structural';

/**
 * KUS007: a value of the wrong type (`newTag: 1.25` is a number, `resources: app.yaml` a string where a list goes,
 * `count: "2"` a string): kustomize's decoder refuses it and the build stops.
 */
export const check = structuralRule('KUS007', 'type');
