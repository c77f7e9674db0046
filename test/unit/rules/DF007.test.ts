import { ruleSpec } from './spec';

ruleSpec('DF007', {
  fires: [
    ['FROM python:3.12-slim\nRUN python3 -m pip install flask\n', ['DF007@2']],
    ['FROM python:3.12-slim\nRUN pip2 install flask\n', ['DF007@2']],
    // a false value does not turn the cache off
    ['FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=0\nRUN pip install flask\n', ['DF007@3']],
    // ENV in another stage is not inherited unless built FROM it
    ['FROM python:3.12-slim AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12-slim\nRUN pip install flask\n', ['DF007@4']],
    ['FROM python:3.12-slim\nONBUILD RUN pip install -r requirements.txt\n', ['DF007@2']],
    ['FROM python:3.12-slim\nRUN pip install -r requirements.txt\n', ['DF007@2']],
    ['FROM python:3.12-slim\nRUN pip3 install flask gunicorn\n', ['DF007@2']],
    ['FROM python:3.12-slim\nRUN pip install --upgrade pip && pip install --no-cache-dir -r r.txt\n', ['DF007@2']],
  ],
  quiet: [
    'FROM python:3.12-slim AS base\nENV PIP_NO_CACHE_DIR=true\nFROM base\nRUN python -m pip install flask\n',
    'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=off\nENV PIP_NO_CACHE_DIR=yes\nRUN pip install flask\n',
    'FROM python:3.12 AS build\nRUN pip install --prefix=/install flask\nFROM python:3.12-slim\nCOPY --from=build /install /usr/local\n',
    'FROM python:3.12-slim\n# mentions PIP_NO_CACHE_DIR in a comment only\nRUN pip install --no-cache-dir flask\n',
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n',
    'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n',
    'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n',
    'FROM python:3.12-slim\nRUN pip freeze > /req.txt\n',
  ],
  fixes: [['FROM python:3.12-slim\nRUN pip install -r requirements.txt\n', 2, 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n']],
});
