import { rule } from '../../../../src/core/lint/dockerfile/rules/DF10-pip-no-cache';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3',
    'FROM python:3.12\nRUN pip install flask==3.0.3 --no-cache-dir',
    'FROM python:3.12\nRUN pip --no-cache-dir install flask==3.0.3',
    { name: 'ENV in the stage', code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3' },
    { name: 'ENV with on', code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=on\nRUN pip install flask==3.0.3' },
    { name: 'ARG default', code: 'FROM python:3.12\nARG PIP_NO_CACHE_DIR=true\nRUN pip install flask==3.0.3' },
    { name: 'ENV inherited from the parent stage', code: 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=yes\nFROM base\nRUN pip install six==1.16.0' },
    { name: 'prefix assignment', code: 'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.3' },
    { name: 'export earlier in the RUN', code: 'FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=1 && pip install flask==3.0.3' },
    { name: 'cache mount', code: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3' },
    { name: 'builder stage is not checked', code: 'FROM python:3.12 AS build\nRUN pip install --prefix=/install flask==3.0.3\nFROM python:3.12-slim\nCOPY --from=build /install /usr/local' },
    { name: 'pipx manages its own cache', code: 'FROM python:3.12\nRUN pipx install black==24.4.2' },
    { name: 'pipenv', code: 'FROM python:3.12\nRUN pipenv install' },
    { name: 'nothing to install', code: 'FROM python:3.12\nRUN pip install --help' },
    { name: 'pip download is not an install', code: 'FROM python:3.12\nRUN pip download flask==3.0.3' },
  ],
  invalid: [
    {
      code: 'FROM python:3.12\nRUN pip install flask==3.0.3',
      errors: [{ messageId: 'noCacheDir', line: 2, column: 9, endColumn: 16 }],
      output: 'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3',
    },
    {
      name: 'requirements file',
      code: 'FROM python:3.12\nRUN pip3 install -r requirements.txt',
      errors: [{ messageId: 'noCacheDir', line: 2, column: 10 }],
      output: 'FROM python:3.12\nRUN pip3 install --no-cache-dir -r requirements.txt',
    },
    {
      name: 'python -m pip',
      code: 'FROM python:3.12\nRUN python3 -m pip install --upgrade pip==24.0',
      errors: [{ messageId: 'noCacheDir', line: 2, column: 20, endColumn: 27 }],
      output: 'FROM python:3.12\nRUN python3 -m pip install --no-cache-dir --upgrade pip==24.0',
    },
    {
      name: 'ENV set to a false value',
      code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=off\nRUN pip install flask==3.0.3',
      errors: [{ messageId: 'noCacheDir', line: 3 }],
      output: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=off\nRUN pip install --no-cache-dir flask==3.0.3',
    },
    {
      name: 'prefix assignment of 0 overrides ENV',
      code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN PIP_NO_CACHE_DIR=0 pip install flask==3.0.3',
      errors: [{ messageId: 'noCacheDir', line: 3 }],
      output: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN PIP_NO_CACHE_DIR=0 pip install --no-cache-dir flask==3.0.3',
    },
    {
      name: 'ENV of an unrelated stage does not count',
      code: 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install six==1.16.0',
      errors: [{ messageId: 'noCacheDir', line: 4 }],
      output: 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install --no-cache-dir six==1.16.0',
    },
    {
      name: 'ENV after the RUN does not count',
      code: 'FROM python:3.12\nRUN pip install six==1.16.0\nENV PIP_NO_CACHE_DIR=1',
      errors: [{ messageId: 'noCacheDir', line: 2 }],
      output: 'FROM python:3.12\nRUN pip install --no-cache-dir six==1.16.0\nENV PIP_NO_CACHE_DIR=1',
    },
    {
      name: 'continuation lines and two installs',
      code: 'FROM python:3.12\nRUN pip install -U pip==24.0 \\\n && pip install -e .',
      errors: [
        { messageId: 'noCacheDir', line: 2 },
        { messageId: 'noCacheDir', line: 3, column: 9 },
      ],
      output: 'FROM python:3.12\nRUN pip install --no-cache-dir -U pip==24.0 \\\n && pip install --no-cache-dir -e .',
    },
    {
      name: 'a cache mount on another directory does not count',
      code: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/npm pip install six==1.16.0',
      errors: [{ messageId: 'noCacheDir', line: 2 }],
      output: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/npm pip install --no-cache-dir six==1.16.0',
    },
  ],
});
