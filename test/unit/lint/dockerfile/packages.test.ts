import * as assert from 'node:assert/strict';
import { DockerfileModel } from '../../../../src/core/lint/dockerfile/model';
import { hasOption, optionValue, packageName, parsePackageCommand } from '../../../../src/core/lint/dockerfile/packages';

function parse(run: string) {
  const model = new DockerfileModel(`FROM scratch\nRUN ${run}\n`);
  const command = model.shellScript(model.instructions[1])!.commands[0];
  const pc = parsePackageCommand(command);
  return pc && { manager: pc.manager, verb: pc.verb?.value, action: pc.action, operands: pc.operands.map((w) => w.value), pc };
}

describe('packages: package-manager commands', () => {
  const cases: [string, { manager: string; verb: string | undefined; action: string; operands: (string | undefined)[] } | undefined][] = [
    ['apt-get -o Dpkg::Options::=--force-confold -t bookworm install -y curl', { manager: 'apt-get', verb: 'install', action: 'install', operands: ['curl'] }],
    ['apt full-upgrade -y', { manager: 'apt', verb: 'full-upgrade', action: 'dist-upgrade', operands: [] }],
    ['apk --no-cache add --virtual .deps gcc', { manager: 'apk', verb: 'add', action: 'install', operands: ['gcc'] }],
    ['python3 -m pip install -r req.txt flask', { manager: 'pip', verb: 'install', action: 'install', operands: ['flask'] }],
    ['pip3.12 install --index-url https://x y==1', { manager: 'pip', verb: 'install', action: 'install', operands: ['y==1'] }],
    ['npm i -g --registry https://r pm2', { manager: 'npm', verb: 'i', action: 'install', operands: ['pm2'] }],
    ['npm clean-install', { manager: 'npm', verb: 'clean-install', action: 'ci', operands: [] }],
    ['yarn', { manager: 'yarn', verb: undefined, action: 'install', operands: [] }],
    ['yarn --version', { manager: 'yarn', verb: undefined, action: 'help', operands: [] }],
    ['yarn global add serve', { manager: 'yarn', verb: 'add', action: 'add', operands: ['serve'] }],
    ['gem install rails:7 -- --with-x', { manager: 'gem', verb: 'install', action: 'install', operands: ['rails:7'] }],
    ['dnf -y --setopt=tsflags=nodocs module install nodejs:20', { manager: 'dnf', verb: 'install', action: 'module-install', operands: ['nodejs:20'] }],
    ['yum groupinstall -y "Development Tools"', { manager: 'yum', verb: 'groupinstall', action: 'group-install', operands: ['Development Tools'] }],
    ['zypper -n --gpg-auto-import-keys in -t pattern devel_basis', { manager: 'zypper', verb: 'in', action: 'install', operands: ['devel_basis'] }],
    ['go get -ldflags "-s -w" example.com/x@v1', { manager: 'go', verb: 'get', action: 'install', operands: ['example.com/x@v1'] }],
    ['pipenv install', undefined],
    ['notdnf install x', undefined],
  ];
  for (const [run, expected] of cases) {
    it(run, () => {
      const got = parse(run);
      if (!expected) return assert.equal(got, undefined);
      assert.ok(got);
      const { pc: _pc, ...rest } = got;
      assert.deepEqual(rest, expected);
    });
  }

  it('options: combined short flags and --name=value', () => {
    const pc = parse('apk add -qU --virtual=.deps gcc')!.pc;
    assert.ok(hasOption(pc, '-U'));
    assert.ok(!hasOption(pc, '--no-cache'));
    assert.equal(optionValue(pc, '-t', '--virtual'), '.deps');
  });

  it('package names drop versions, architectures and pin operators', () => {
    assert.equal(packageName('apt-get', 'gcc:amd64'), 'gcc');
    assert.equal(packageName('apt-get', 'curl=7.88.1-10+deb12u8'), 'curl');
    assert.equal(packageName('apk', 'git~2.45'), 'git');
    assert.equal(packageName('dnf', 'gcc-c++-14.1.1-1.fc40.x86_64'), 'gcc-c++');
    assert.equal(packageName('dnf', 'openssl-1:3.0.7'), 'openssl');
    assert.equal(packageName('dnf', 'java-17-openjdk-devel'), 'java-17-openjdk-devel');
    assert.equal(packageName('zypper', 'tomcat>=9'), 'tomcat');
  });
});
