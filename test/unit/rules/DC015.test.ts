import { join } from 'node:path';
import { ROOT } from '../../helpers';
import { loose, ruleSpec } from './spec';

// A real workspace: test/fixtures/compose; proj/Dockerfile has the stages deps, build and prod.
const INLINE = 'services:\n  web:\n    build:\n      dockerfile_inline: |\n        FROM alpine:3.20\n      target: dev\n';
const TYPO = 'services:\n  web:\n    build:\n      context: .\n      target: prd\n';

ruleSpec('DC015', {
  dir: join(ROOT, 'test', 'fixtures', 'compose'),
  path: 'proj/compose.yaml',
  fires: [
    // build.target names no stage of the Dockerfile
    ['services:\n  web:\n    build:\n      context: .\n      target: production\n', ['DC015@5:15-5:25']],
    ['services:\n  web:\n    build:\n      context: web\n      dockerfile: Dockerfile.dev\n      target: prod\n', ['DC015@6']],
    // an inline Dockerfile needs no workspace
    [loose(INLINE, 'proj/compose.yaml'), ['DC015@6']],
    [TYPO, ['DC015@5']],
  ],
  quiet: [
    // a real stage, a variable, a missing Dockerfile (DC013's)
    'services:\n  web:\n    build:\n      context: .\n      target: prod\n',
    'services:\n  web:\n    build:\n      context: .\n      target: ${TARGET}\n',
    'services:\n  web:\n    build:\n      context: ./nope\n      target: prod\n',
    // no workspace: the Dockerfile is unknown
    loose('services:\n  web:\n    build:\n      context: .\n      target: production\n', 'proj/compose.yaml'),
  ],
  details: [
    // suggests the closest stage and lists them
    [TYPO, 5, { args: { target: 'prd', suggestion: 'prod', stages: 'deps, build, prod' }, variant: 'suggest' }],
    ['services:\n  web:\n    build:\n      context: .\n      target: production\n', 5, { args: { stages: 'deps, build, prod' } }],
    [loose(INLINE, 'proj/compose.yaml'), 6, { args: { target: 'dev', suggestion: undefined }, variant: 'noStages' }],
  ],
});
