import type { FormatProvider } from '../provider';
import type { DockerfileCursor, DockerfileUnit } from './parse';
import { dockerfileHover } from './hover';
import { dockerfileComplete } from './complete';
import { dockerfileFacts, dockerfilePrepareRename, dockerfileReferences, dockerfileRename, dockerfileSymbols } from './navigation';
import { check as DF001 } from './rules/DF001-add-local-file';
import { check as DF002 } from './rules/DF002-add-url';
import { check as DF003 } from './rules/DF003-consecutive-run';
import { check as DF004 } from './rules/DF004-apk-no-cache';
import { check as DF005 } from './rules/DF005-apt-no-install-recommends';
import { check as DF006 } from './rules/DF006-apt-lists-not-cleaned';
import { check as DF007 } from './rules/DF007-pip-no-cache-dir';
import { check as DF008 } from './rules/DF008-image-tag';
import { check as DF009 } from './rules/DF009-heavy-base-image';
import { check as DF010 } from './rules/DF010-cache-layer-order';
import { check as DF011 } from './rules/DF011-shell-form-cmd';
import { check as DF012 } from './rules/DF012-root-user';
import { check as DF013 } from './rules/DF013-cd-in-run';
import { check as DF014 } from './rules/DF014-sudo';
import { check as DF015 } from './rules/DF015-secret-in-arg-env';
import { check as DF016 } from './rules/DF016-missing-dockerignore';
import { check as DF017 } from './rules/DF017-install-without-yes';
import { check as DF018 } from './rules/DF018-package-cache-not-cleaned';
import { check as DF019 } from './rules/DF019-unpinned-package';
import { check as DF020 } from './rules/DF020-update-in-own-run';
import { check as DF021 } from './rules/DF021-removed-in-later-layer';
import { check as DF022 } from './rules/DF022-relative-destination';
import { check as DF023 } from './rules/DF023-from-platform';
import { check as DF024 } from './rules/DF024-healthcheck-shell-form';
import { check as DF025 } from './rules/DF025-pipe-without-pipefail';
import { check as DF100 } from './rules/DF100-unknown-instruction';
import { check as DF101 } from './rules/DF101-argument-count';
import { check as DF102 } from './rules/DF102-invalid-json-form';
import { check as DF103 } from './rules/DF103-duplicate-stage-name';
import { check as DF104 } from './rules/DF104-invalid-stage-name';
import { check as DF105 } from './rules/DF105-unknown-flag';
import { check as DF106 } from './rules/DF106-invalid-flag-value';
import { check as DF107 } from './rules/DF107-copy-from-unknown-stage';
import { check as DF108 } from './rules/DF108-undefined-variable';
import { check as DF109 } from './rules/DF109-multiple-cmd';
import { check as DF110 } from './rules/DF110-relative-workdir';
import { check as DF111 } from './rules/DF111-maintainer-deprecated';
import { check as DF112 } from './rules/DF112-invalid-value';
import { check as DF113 } from './rules/DF113-instruction-casing';
import { check as DF114 } from './rules/DF114-empty-continuation-line';
import { check as DF115 } from './rules/DF115-copy-destination-not-directory';
import { check as DF116 } from './rules/DF116-env-same-instruction-reference';
import { check as DF117 } from './rules/DF117-reserved-stage-name';

export const dockerfileProvider: FormatProvider<DockerfileUnit, DockerfileCursor> = {
  formats: ['dockerfile'],
  checks: [DF001, DF002, DF003, DF004, DF005, DF006, DF007, DF008, DF009, DF010, DF011, DF012, DF013, DF014, DF015, DF016, DF017, DF018, DF019, DF020, DF021, DF022, DF023, DF024, DF025, DF100, DF101, DF102, DF103, DF104, DF105, DF106, DF107, DF108, DF109, DF110, DF111, DF112, DF113, DF114, DF115, DF116, DF117],
  hover: dockerfileHover,
  complete: dockerfileComplete,
  references: dockerfileReferences,
  prepareRename: dockerfilePrepareRename,
  rename: dockerfileRename,
  symbols: dockerfileSymbols,
  facts: dockerfileFacts,
};
