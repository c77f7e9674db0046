import type { DockerfileCheck } from '../parse';

const SECRET = /(PASSWORD|PASSWD|PASS$|TOKEN|SECRET|PRIVATE_KEY|API_KEY|ACCESS_KEY|_KEY$|^KEY$|CREDENTIALS?)/i;
// Names that only look like secrets: file paths, public key ids, key servers, and the like.
const NOT_SECRET = /(^GOOGLE_APPLICATION_CREDENTIALS$|_FILE|_PATH|_DIR|_URL|_ID|_NAME|_USER|KEYSERVER|PUBLIC_KEY|GPG_KEY|_KEYS?_URL|KEYRING|TOKEN_URL|_ENDPOINT)$/i;

/**
 * DF015: a secret in ARG or ENV. Both end up in the image: ENV in its config, ARG values in `docker history`. Use
 * build secrets (`RUN --mount=type=secret`) or runtime environment variables instead.
 */
export const check: DockerfileCheck = {
  rule: 'DF015',
  formats: ['dockerfile'],
  run({ unit: { dockerfile }, report }) {
    for (const ins of dockerfile.getInstructions()) {
      const kw = ins.getKeyword();
      if (kw !== 'ARG' && kw !== 'ENV') continue;
      const props = (ins as unknown as { getProperties(): { getName(): string; getNameRange(): import('vscode-languageserver-types').Range; getValue(): string | null }[] }).getProperties();
      for (const p of props) {
        const name = p.getName();
        if (!SECRET.test(name) || NOT_SECRET.test(name)) continue;
        const value = p.getValue();
        // ENV FOO_PASSWORD=$FOO_PASSWORD only forwards a value; an empty ENV is harmless.
        // A value that is an absolute path names a file holding the secret (GOOGLE_APPLICATION_CREDENTIALS=/run/…).
        if (kw === 'ENV' && (!value || /^\$\{?\w+\}?$/.test(value) || /^\/[\w./-]*$/.test(value))) continue;
        report(p.getNameRange(), { name, instruction: kw });
      }
    }
  },
};
