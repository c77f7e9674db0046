// The snippet files (`snippets/<format>.json`, VS Code's snippet-file shape plus our `context` and `file`) and the
// descriptions they name (`%snippets.<format>.<name>%` in package.nls.json / package.nls.ko.json), bundled by
// esbuild as a lazy chunk (esbuild.mjs, LAZY): a session that never completes never loads them.
import dockerfile from '../../../../snippets/dockerfile.json';
import dockerignore from '../../../../snippets/dockerignore.json';
import compose from '../../../../snippets/compose.json';
import kubernetes from '../../../../snippets/kubernetes.json';
import kustomize from '../../../../snippets/kustomize.json';
import ansible from '../../../../snippets/ansible.json';
import inventory from '../../../../snippets/inventory.json';
import en from '../../../../package.nls.json';
import ko from '../../../../package.nls.ko.json';

export const SNIPPET_FILES: Record<string, unknown> = { dockerfile, dockerignore, compose, kubernetes, kustomize, ansible, inventory };
export const NLS: { en: Record<string, string>; ko: Record<string, string> } = { en, ko };
