import type { DockerfileCheck } from '../parse';
import { parseImageRef, unpinnedReason } from '../../common/image';
import { facts } from '../model';

/** A pinned tag of the official images people start from, as the example in the message (the image's own). */
const EXAMPLE_TAGS: Record<string, string> = {
  ubuntu: '24.04', debian: '12-slim', alpine: '3.20', node: '22-alpine', python: '3.12-slim', golang: '1.23-alpine',
  nginx: '1.27-alpine', httpd: '2.4', redis: '7.4-alpine', postgres: '16-alpine', mysql: '8.4', mariadb: '11.4',
  mongo: '7.0', php: '8.3-fpm-alpine', ruby: '3.3-slim', 'eclipse-temurin': '21-jre-alpine', openjdk: '21-jdk-slim',
  maven: '3.9-eclipse-temurin-21', rust: '1.80-slim', busybox: '1.36', rockylinux: '9', fedora: '40',
  amazonlinux: '2023', centos: '7', perl: '5.40-slim', tomcat: '10.1-jre21', gradle: '8.10-jdk21', bash: '5.2',
};

/** An example of the same image with a tag: a known one for official images, `<version>` for the others. */
export function exampleTag(image: string): string {
  const name = parseImageRef(image).name;
  const short = name.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  return `${name}:${EXAMPLE_TAGS[short] ?? '<version>'}`;
}

/**
 * DF008: a base image without a tag or with `latest` (002 › 도커 이미지와 컨테이너: no tag means `latest`, which moves).
 * Stage references (`FROM build`), `scratch` and variables are not images to pin.
 */
export const check: DockerfileCheck = {
  rule: 'DF008',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    const f = facts(model, dockerfile);
    for (const stage of f.stages) {
      const image = stage.from.getImage();
      const range = stage.from.getImageRange();
      if (!image || !range) continue;
      if (f.stageByName.has(image.toLowerCase()) && f.stageByName.get(image.toLowerCase())!.index < stage.index) continue;
      const reason = unpinnedReason(image);
      if (reason) report(range, { image, example: exampleTag(image) }, undefined, reason);
    }
  },
};
