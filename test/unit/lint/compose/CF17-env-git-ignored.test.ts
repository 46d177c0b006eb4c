import { rule } from '../../../../src/core/lint/compose/rules/CF17-env-git-ignored';
import { folder, testComposeRule } from '../../support/composeTester';

const APP = 'services:\n  app:\n    image: "a:${TAG}"\n    env_file: app.env\n';

testComposeRule(rule, {
  valid: [
    { name: 'no .gitignore: nothing to judge', code: APP, files: folder({ 'app.env': 'X=1', '.env': 'TAG=1' }) },
    { code: APP, files: folder({ '.gitignore': '.env\n*.env\n', 'app.env': 'X=1', '.env': 'TAG=1' }) },
    { name: 'ignored in the repository root', code: APP, files: folder({ '../.gitignore': 'deploy/app.env\n.env\n', 'app.env': 'X=1', '.env': 'TAG=1' }, 'deploy/compose.yaml') },
    { name: 'a file that does not exist is CF28\'s business', code: APP, files: folder({ '.gitignore': 'node_modules/\n' }) },
  ],
  invalid: [
    {
      code: APP,
      files: folder({ '.gitignore': 'node_modules/\n', 'app.env': 'X=1', '.env': 'TAG=1' }),
      errors: [
        { messageId: 'notIgnored', data: { file: '.env' }, line: 3, column: 15, endColumn: 21 },
        { messageId: 'notIgnored', data: { file: 'app.env' }, line: 4, column: 15 },
      ],
    },
    {
      name: 'negated pattern',
      code: 'services:\n  db:\n    image: postgres:16\n    secrets: [pw]\nsecrets:\n  pw:\n    file: ./secrets/pw.txt\n',
      files: folder({ '.gitignore': 'secrets/*\n!secrets/pw.txt\n', 'secrets/pw.txt': 'x' }),
      errors: [{ messageId: 'notIgnored', data: { file: 'secrets/pw.txt' }, line: 7, column: 11 }],
    },
  ],
});
