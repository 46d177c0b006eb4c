import { rule } from '../../../../src/core/lint/dockerfile/rules/DF43-empty-continuation';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM alpine:3.20\nRUN echo a \\\n && echo b',
    { name: 'a comment line inside a continuation is fine', code: 'FROM alpine:3.20\nRUN echo a \\\n# why b\n && echo b' },
    { name: 'empty lines between instructions', code: 'FROM alpine:3.20\n\nRUN echo a\n\n' },
    { name: 'empty lines in a heredoc are content', code: 'FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF\n' },
    { name: 'a trailing backslash at the end of the file', code: 'FROM alpine:3.20\nRUN echo a \\\n\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN echo a \\\n\n && echo b',
      errors: [{ messageId: 'emptyLine', data: { keyword: 'RUN', line: 2 }, line: 3, column: 1, endColumn: 1 }],
      output: 'FROM alpine:3.20\nRUN echo a \\\n && echo b',
    },
    {
      name: 'blank lines with spaces, after a comment, several',
      code: 'FROM alpine:3.20\nRUN echo a \\\n   \n# note\n\n && echo b \\\n\n && echo c\nCMD ["sh"]',
      errors: [{ messageId: 'emptyLine', line: 3, endColumn: 4 }, { messageId: 'emptyLine', line: 5 }, { messageId: 'emptyLine', line: 7 }],
      output: 'FROM alpine:3.20\nRUN echo a \\\n# note\n && echo b \\\n && echo c\nCMD ["sh"]',
    },
    { name: 'two in a row', code: 'FROM alpine:3.20\nENV A=1 \\\n\n\n    B=2', errors: [{ messageId: 'emptyLine', line: 3 }, { messageId: 'emptyLine', line: 4 }], output: 'FROM alpine:3.20\nENV A=1 \\\n    B=2' },
    { name: 'Windows escape character', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n\n && echo b', errors: [{ messageId: 'emptyLine', line: 4 }], output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n && echo b' },
    { name: 'CRLF', code: 'FROM alpine:3.20\r\nRUN echo a \\\r\n\r\n && echo b\r\n', errors: [{ messageId: 'emptyLine', line: 3 }], output: 'FROM alpine:3.20\r\nRUN echo a \\\r\n && echo b\r\n' },
  ],
});
