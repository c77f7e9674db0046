import { ruleSpec } from './spec';

ruleSpec('DF007', {
  fires: [
    ['FROM python:3.12-slim\nRUN pip install -r requirements.txt\n', ['DF007@2']],
    ['FROM python:3.12-slim\nRUN pip3 install flask gunicorn\n', ['DF007@2']],
    ['FROM python:3.12-slim\nRUN pip install --upgrade pip && pip install --no-cache-dir -r r.txt\n', ['DF007@2']],
  ],
  quiet: [
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n',
    'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n',
    'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n',
    'FROM python:3.12-slim\nRUN pip freeze > /req.txt\n',
  ],
  fixes: [['FROM python:3.12-slim\nRUN pip install -r requirements.txt\n', 2, 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n']],
});
