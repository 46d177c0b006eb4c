import { rule } from '../../../../src/core/lint/dockerfile/rules/DF20-single-cmd-entrypoint';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM debian:12 as distro1\nCMD bash\nRUN foo\nFROM debian:12 as distro2\nCMD another',
    'CMD /bin/true',
    'FROM busybox:1.36',
    'FROM debian:12 as distro1\nENTRYPOINT bash\nRUN foo\nFROM debian:12 as distro2\nENTRYPOINT another',
    'FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2',
    { name: 'one of each', code: 'FROM alpine:3.20\nENTRYPOINT ["tini", "--"]\nCMD ["app"]\nHEALTHCHECK CMD ["app", "check"]' },
    { name: 'ONBUILD CMD is for child images', code: 'FROM alpine:3.20\nCMD ["a"]\nONBUILD CMD ["b"]' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nCMD bash\nRUN foo\nCMD another',
      errors: [{ messageId: 'shadowed', data: { keyword: 'CMD', line: 4 }, line: 2, column: 1, endColumn: 9 }],
      output: 'FROM debian:12\nRUN foo\nCMD another',
    },
    {
      code: 'FROM debian:12\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another',
      errors: [{ messageId: 'shadowed', data: { keyword: 'ENTRYPOINT' }, line: 2 }],
      output: 'FROM debian:12\nRUN foo\nENTRYPOINT another',
    },
    {
      name: 'only the stage that repeats it',
      code: 'FROM debian:12 as distro1\nCMD bash\nRUN foo\nCMD another\nFROM debian:12 as distro2\nCMD another',
      errors: [{ messageId: 'shadowed', line: 2 }],
      output: 'FROM debian:12 as distro1\nRUN foo\nCMD another\nFROM debian:12 as distro2\nCMD another',
    },
    {
      name: 'three HEALTHCHECKs, one spanning lines',
      code: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s \\\n  CMD ["a"]\nHEALTHCHECK NONE\nHEALTHCHECK CMD ["c"]\nCMD ["x"]',
      errors: [
        { messageId: 'shadowed', data: { keyword: 'HEALTHCHECK', line: 5 }, line: 2, column: 1, endLine: 3, endColumn: 12 },
        { messageId: 'shadowed', line: 4 },
      ],
      output: 'FROM alpine:3.20\nHEALTHCHECK CMD ["c"]\nCMD ["x"]',
    },
    { name: 'lowercase keywords', code: 'from alpine:3.20\ncmd ["a"]\nCMD ["b"]\n', errors: [{ messageId: 'shadowed', line: 2 }], output: 'from alpine:3.20\nCMD ["b"]\n' },
    { name: 'CRLF', code: 'FROM alpine:3.20\r\nCMD ["a"]\r\nCMD ["b"]', errors: [{ messageId: 'shadowed', line: 2 }], output: 'FROM alpine:3.20\r\nCMD ["b"]' },
  ],
});
