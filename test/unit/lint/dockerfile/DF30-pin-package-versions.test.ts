import { rule } from '../../../../src/core/lint/dockerfile/rules/DF30-pin-package-versions';
import { testDockerfileRule } from '../../support/dockerfileTester';

const F = 'FROM debian:12\n';

testDockerfileRule(rule, {
  valid: [
    `${F}RUN apt-get update && apt-get -yqq --no-install-recommends install nodejs=0.10`,
    `${F}RUN apt-get install -y python-demjson=2.2.2* wget=1.16.1* git=1:2.5.0*`,
    `${F}RUN apt-get install -y ./local.deb`,
    { name: 'apt-get option values are not packages', code: `${F}RUN apt-get -o Dpkg::Options::=--force-confold -t bookworm-backports install -y curl=8.0.1` },
    { name: 'variables are not judged', code: `${F}RUN apt-get install -y $PACKAGES "\${EXTRA}"` },
    'FROM alpine:3.20\nRUN apk add --no-cache git~2.52.0 curl=8.9.1-r2 "jq>1.6" mypackage-1.1.1.apk',
    { name: 'apk --virtual name and --repository value', code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual build-deps --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0' },
    `${F}RUN pip install -r requirements.txt`,
    `${F}RUN pip install --requirement requirements.txt`,
    `${F}RUN pip install . && pip install -e ./lib`,
    `${F}RUN pip3 install MySQL_python==1.2.2 'alabaster>=0.7' 'b<2' 'c!=1' d~=1.2 e===1.0`,
    `${F}RUN pip3 install --target /opt/yamllint yamllint==1.20.0`,
    `${F}RUN python -m pip install example==1.2.2`,
    `${F}RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext`,
    `${F}RUN pip install https://foo.bar/baz.zip mypkg.tar.gz wheelhouse/x-1.0-py3-none-any.whl`,
    { name: 'constraints file pins everything', code: `${F}RUN pip install pykafka --constraint http://foo.bar.baz` },
    `${F}RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://ex.io/foo foobar==1.0.0`,
    `${F}RUN pipenv install black`,
    `${F}RUN npm install`,
    `${F}RUN npm ci`,
    `${F}RUN npm install express@4.1.1 @myorg/privatepackage@">=0.1.0" -g typescript@5.5.4`,
    `${F}RUN npm install package-v1.2.3.tgz /folder ../folder git+https://isaacs@github.com/npm/npm.git#v1.0.27`,
    `${F}RUN npm install --loglevel verbose --registry https://example.com sax@0.1.1`,
    `${F}RUN npm run --crazy install`,
    `${F}RUN gem install bundler:1 && gem i nokogiri:1.16.7`,
    `${F}RUN gem install bundler -v '2.0.1'`,
    `${F}RUN gem install bundler:2.0.1 -- --use-system-libraries true`,
    'FROM fedora:40\nRUN yum install -y tomcat-9.2 openssl-1:1.1.1k gcc-c++-1.1.1 ./local.rpm',
    'FROM fedora:40\nRUN dnf install -y git-core-2.51.0-2.fc42 && dnf module install -y nodejs:20 && dnf -y group install "Development Tools"',
    { name: 'dnf option values', code: 'FROM fedora:40\nRUN dnf --setopt=install_weak_deps=False --enablerepo crb install -y tomcat-9.0.1' },
    'FROM opensuse/leap:15.6\nRUN zypper install -y tomcat=9.0.39 tomcat\\>=9.0 tomcat-9.0.39-1.rpm',
    { name: 'zypper patterns are not versioned', code: 'FROM opensuse/leap:15.6\nRUN zypper install -y -t pattern devel_basis' },
    'FROM golang:1.22\nRUN go install example.com/pkg@v1.2.3 && go install ./cmd/app && go get example.com/x@v0.1.0',
    { name: 'go run is not an install', code: 'FROM golang:1.22\nRUN go run example.com/pkg@latest' },
    { name: 'not a package manager', code: `${F}RUN notdnf install openssl && echo apt-get install curl` },
  ],
  invalid: [
    {
      code: `${F}RUN apt-get install -y --no-install-recommends curl`,
      errors: [{ messageId: 'apt', line: 2, column: 48, endColumn: 52, severity: 'info', data: { pkg: 'curl' } }],
    },
    {
      name: 'one finding per package word, continuation lines',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    flex=2.6.4-r1 \\\n    libffi \\\n    python3',
      errors: [
        { messageId: 'apk', line: 4, column: 5, endColumn: 11, data: { pkg: 'libffi' } },
        { messageId: 'apk', line: 5, column: 5, data: { pkg: 'python3' } },
      ],
    },
    {
      name: 'pip',
      code: `${F}RUN pip install MySQL_python`,
      errors: [{ messageId: 'pip', column: 17 }],
    },
    {
      name: 'pip: an option value is not a package, the next word is',
      code: `${F}RUN pip install --root-user-action ignore mypkg`,
      errors: [{ messageId: 'pip', data: { pkg: 'mypkg' } }],
    },
    {
      name: 'pip: packages next to a requirements file are still checked',
      code: `${F}RUN pip install -r requirements.txt gunicorn`,
      errors: [{ messageId: 'pip', data: { pkg: 'gunicorn' } }],
    },
    {
      name: 'pip: VCS without a tag',
      code: `${F}RUN pip install git+ssh://git@github.com/rtfd/read-ext.git#egg=read-ext`,
      errors: [{ messageId: 'pip' }],
    },
    {
      name: 'pipx',
      code: `${F}RUN pipx install black`,
      errors: [{ messageId: 'pip', data: { pkg: 'black' } }],
    },
    {
      name: 'npm: unpinned next to pinned, git URL without a ref, latest',
      code: `${F}RUN npm install express sax@0.1.1 git://github.com/npm/npm.git left-pad@latest`,
      errors: [
        { messageId: 'npm', data: { pkg: 'express' } },
        { messageId: 'npm', data: { pkg: 'git://github.com/npm/npm.git' } },
        { messageId: 'latest', data: { pkg: 'left-pad@latest' } },
      ],
    },
    {
      name: 'npm: registry value is skipped',
      code: `${F}RUN npm install --registry https://example.com express`,
      errors: [{ messageId: 'npm', data: { pkg: 'express' } }],
    },
    {
      name: 'gem',
      code: `${F}RUN gem install bundler`,
      errors: [{ messageId: 'gem', column: 17, endColumn: 24 }],
    },
    {
      name: 'yum, dnf, microdnf',
      code: 'FROM fedora:40\nRUN yum install -y httpd && dnf install -y rpm-sign java-11-openjdk && microdnf install -y tomcat && dnf module install -y tomcat',
      errors: [
        { messageId: 'rpm', data: { pkg: 'httpd', tool: 'yum' } },
        { messageId: 'rpm', data: { pkg: 'rpm-sign', tool: 'dnf' } },
        { messageId: 'rpm', data: { pkg: 'java-11-openjdk' } },
        { messageId: 'rpm', data: { pkg: 'tomcat', tool: 'microdnf' } },
        { messageId: 'rpm', data: { pkg: 'tomcat', tool: 'dnf' } },
      ],
    },
    {
      name: 'zypper',
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n in tomcat',
      errors: [{ messageId: 'zypper', column: 18 }],
    },
    {
      name: 'go install and go get',
      code: 'FROM golang:1.22\nRUN go install example.com/pkg && go get example.com/pkg@latest && go get -tool foobar',
      errors: [
        { messageId: 'go', data: { pkg: 'example.com/pkg' } },
        { messageId: 'latest', data: { pkg: 'example.com/pkg@latest' } },
        { messageId: 'go', data: { pkg: 'foobar' } },
      ],
    },
    {
      name: 'exec form and sh -c',
      code: `${F}RUN ["apt-get", "install", "-y", "curl"]\nRUN sh -c "apk add jq"`,
      errors: [
        { messageId: 'apt', line: 2, column: 35, endColumn: 39 },
        { messageId: 'apk', line: 3, column: 20 },
      ],
    },
  ],
});
