#!/usr/bin/env node
/* global fetch, AbortSignal */
// Checks the image tables against Docker Hub: for sample tags of each official image, the tag DF009 would suggest
// (server/src/service/dockerfile/variants.ts) must exist, and so must every example tag DF008, DC020 and K8S001 give
// (EXAMPLE_TAGS in server/src/service/common/image.ts). Needs network access to hub.docker.com (the extension
// itself never goes online); run it when refreshing the table: `node esbuild.mjs && node scripts/check-image-variants.mjs`.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { lighterVariant } = require('../out/server/src/service/dockerfile/variants.js');
const { EXAMPLE_TAGS } = require('../out/server/src/service/common/image.js');

const SAMPLES = {
  node: ['latest', '22', '20.11.1', 'lts', '20-bookworm', '0.10'],
  python: ['latest', '3.12', '3.12.4', '2.7', '3.11-bullseye'],
  ruby: ['latest', '3.3', '3.2-bookworm'],
  golang: ['latest', '1.22', '1.23.1'],
  'eclipse-temurin': ['17', '17-jre', '17-jre-focal', '21-jdk-jammy', '8u412-b08-jre'],
  php: ['latest', '8.2', '8.2-fpm', '7.4-cli', '8.3-apache'],
  perl: ['latest', '5.38'],
  debian: ['latest', 'bookworm', '12'],
  rust: ['latest', '1.80'],
};

async function exists(image, tag) {
  const r = await fetch(`https://hub.docker.com/v2/repositories/library/${image}/tags/${encodeURIComponent(tag)}`, { signal: AbortSignal.timeout(15000) });
  return r.status === 200;
}

let bad = 0;
try {
  for (const [image, tags] of Object.entries(SAMPLES)) {
    for (const tag of tags) {
      const v = lighterVariant(image, tag);
      if (!v?.tag) {
        console.log(`${image}:${tag} → (no tag suggested)`);
        continue;
      }
      const ok = await exists(image, v.tag);
      if (!ok) bad++;
      console.log(`${image}:${tag} → ${image}:${v.tag} ${ok ? 'exists' : 'MISSING'}`);
    }
  }
  for (const [image, tag] of Object.entries(EXAMPLE_TAGS)) {
    const ok = await exists(image, tag);
    if (!ok) bad++;
    console.log(`example ${image}:${tag} ${ok ? 'exists' : 'MISSING'}`);
  }
} catch (e) {
  console.error(`Docker Hub is not reachable (${e.message}); the table was not checked.`);
  process.exit(2);
}
process.exit(bad ? 1 : 0);
