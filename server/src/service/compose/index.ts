// Docker Compose: schema validation (Compose Specification), semantic checks, hovers, completion, go-to-definition.
import type { FormatProvider } from '../provider';
import type { YamlDocModel } from '../kinds/yaml';
import type { PathAt } from '../yaml';
import { composeHover } from './hover';
import { composeComplete } from './complete';
import { composeDefinition, composeFacts, composePrepareRename, composeReferencesAt, composeRename, composeSymbols } from './navigation';
import { check as DC001 } from './rules/DC001-unknown-key';
import { check as DC002 } from './rules/DC002-wrong-type';
import { check as DC003 } from './rules/DC003-invalid-value';
import { check as DC004 } from './rules/DC004-missing-required';
import { check as DC005 } from './rules/DC005-invalid-format';
import { check as DC006 } from './rules/DC006-undefined-service';
import { check as DC007 } from './rules/DC007-undefined-resource';
import { check as DC008 } from './rules/DC008-depends-on-cycle';
import { check as DC009 } from './rules/DC009-no-image-or-build';
import { check as DC010 } from './rules/DC010-container-name-scaled';
import { check as DC011 } from './rules/DC011-fixed-port-scaled';
import { check as DC012 } from './rules/DC012-duplicate-host-port';
import { check as DC013 } from './rules/DC013-missing-path';
import { check as DC014 } from './rules/DC014-missing-env-file';
import { check as DC015 } from './rules/DC015-unknown-build-target';
import { check as DC016 } from './rules/DC016-obsolete-version';
import { check as DC017 } from './rules/DC017-depends-on-condition';
import { check as DC018 } from './rules/DC018-log-rotation';
import { check as DC019 } from './rules/DC019-secret-in-environment';
import { check as DC020 } from './rules/DC020-image-tag';
import { check as DC021 } from './rules/DC021-config-mount-writable';
import { check as DC022 } from './rules/DC022-unquoted-port';

export const composeProvider: FormatProvider<YamlDocModel, PathAt> = {
  formats: ['compose'],
  checks: [DC001, DC002, DC003, DC004, DC005, DC006, DC007, DC008, DC009, DC010, DC011, DC012, DC013, DC014, DC015, DC016, DC017, DC018, DC019, DC020, DC021, DC022],
  hover: composeHover,
  complete: composeComplete,
  definition: composeDefinition,
  references: composeReferencesAt,
  prepareRename: composePrepareRename,
  rename: composeRename,
  symbols: composeSymbols,
  facts: composeFacts,
};
