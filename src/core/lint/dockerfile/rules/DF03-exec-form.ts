import { JSONInstruction, type Instruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { Fix } from '../../types';
import type { DockerfileModel } from '../model';

const SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]#~=%{}!\n]/;

export const rule = defineRule<DockerfileModel, 'shellForm' | 'healthcheckShellForm'>(
  {
    id: 'DF03',
    name: 'exec-form',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c03-l3', 'c04-l4'],
    sources: ['hadolint:DL3025', 'buildkit:JSONArgsRecommended'],
    messages: {
      shellForm: 'Shell form runs `{keyword}` as `/bin/sh -c "…"`: with Debian\'s `dash` (and whenever the command is more than one step) the shell stays PID 1, so `docker stop`\'s SIGTERM never reaches your process and it is killed after 10 s. Write it as JSON: `{keyword} {json}`.',
      healthcheckShellForm: 'This health check needs no shell: the exec form `HEALTHCHECK … CMD {json}` also works in images without `/bin/sh`.',
    },
    docs: {
      summary: 'CMD and ENTRYPOINT use the exec (JSON) form so the application is PID 1 and gets signals.',
      rationale:
        'In shell form Docker wraps the command in `/bin/sh -c`. The shell is then PID 1; `docker stop` sends SIGTERM to the shell, which does not forward it, so the container is killed after the 10-second grace period and your application never gets to close connections or flush data. The exec form `["node", "server.js"]` starts the program directly. If you need shell features (variables, `&&`), use `["sh", "-c", "exec node server.js"]` so `exec` hands PID 1 to the application. The quick fix converts commands made of plain words; for commands with shell syntax it offers the `sh -c "exec …"` form as a suggestion. A shell-form `HEALTHCHECK` made of plain words is reported too, because the exec form also works in images without a shell.',
      examples: { bad: 'FROM node:20-slim\nUSER 1000\nCMD node server.js\n', good: 'FROM node:20-slim\nUSER 1000\nCMD ["node", "server.js"]\n' },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      const keyword = model.keyword(instruction);
      if (keyword !== 'CMD' && keyword !== 'ENTRYPOINT' && keyword !== 'HEALTHCHECK') continue;
      if (!model.usesPosixShell(instruction)) continue;
      const target = keyword === 'HEALTHCHECK' ? healthcheckCommand(model, instruction) : shellFormArgs(model, instruction);
      if (!target) continue;
      const { text, start, end } = target;
      const plain = !SHELL_SYNTAX.test(text);
      const words = text.trim().split(/\s+/);
      const json = toJson(words);
      const range = model.rangeOf(start, end);
      if (keyword === 'HEALTHCHECK') {
        if (!plain) continue;
        report({ messageId: 'healthcheckShellForm', range, data: { json }, fix: { title: `Use the exec form ${json}`, edits: [{ range, newText: json }] } });
        continue;
      }
      let fix: Fix | undefined;
      const suggestions: Fix[] = [];
      if (plain) fix = { title: `Use the exec form ${json}`, edits: [{ range, newText: json }] };
      else {
        const script = text.trim().replace(/\s*\\\r?\n\s*/g, ' ');
        const wrapped = toJson(['sh', '-c', script.startsWith('exec ') ? script : `exec ${script}`]);
        suggestions.push({ title: `Run it through sh -c with exec: ${wrapped}`, edits: [{ range, newText: wrapped }] });
      }
      report({ messageId: 'shellForm', range, data: { keyword, json: plain ? json : '["executable", "arg", …]' }, fix, suggestions });
    }
  },
);

function shellFormArgs(model: DockerfileModel, instruction: Instruction): { text: string; start: number; end: number } | undefined {
  if (instruction instanceof JSONInstruction && instruction.getOpeningBracket() && instruction.getClosingBracket()) return undefined;
  const r = instruction.getArgumentsRange();
  if (!r) return undefined;
  const text = model.lines.textOf(r);
  if (text.trimStart().startsWith('[')) return undefined;
  return { text, start: model.offset(r.start), end: model.offset(r.end) };
}

function healthcheckCommand(model: DockerfileModel, instruction: Instruction): { text: string; start: number; end: number } | undefined {
  const args = instruction.getArguments();
  const cmdIndex = args.findIndex((a) => a.getValue().toUpperCase() === 'CMD');
  if (cmdIndex < 0 || cmdIndex + 1 >= args.length) return undefined;
  const first = args[cmdIndex + 1];
  const last = args[args.length - 1];
  const start = model.offset(first.getRange().start);
  const end = model.offset(last.getRange().end);
  const text = model.text.slice(start, end);
  if (text.startsWith('[')) return undefined;
  return { text, start, end };
}

function toJson(words: string[]): string {
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}
