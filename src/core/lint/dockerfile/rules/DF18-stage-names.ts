import type { TextEdit } from '../../../text/text';
import { defineRule } from '../../rule';
import type { DockerfileModel, Stage } from '../model';
import { stageReferences } from '../stages';

const RESERVED = new Set(['scratch', 'context']);
const VALID_NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;

export const rule = defineRule<DockerfileModel, 'duplicate' | 'reserved' | 'casing' | 'invalid'>(
  {
    id: 'DF18',
    name: 'stage-names',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c05-l2'],
    sources: ['hadolint:DL3024', 'hadolint:DL3063', 'buildkit:DuplicateStageName', 'buildkit:ReservedStageName', 'buildkit:StageNameCasing'],
    messages: {
      duplicate:
        'Stage name `{name}` is already used by the stage on line {line}, so `--target {name}`, `FROM {name}` and `COPY --from={name}` cannot tell them apart: give this stage its own name.',
      reserved: '`{name}` is a reserved word, not a stage name: `FROM {lower}` and `COPY --from={lower}` would not reach this stage. Pick another name, such as `build` or `runtime`.',
      casing: 'Stage names are matched in lowercase, so `{name}` and `{lower}` are the same stage; write it as `{lower}` so every reference looks the same.',
      invalid: '`{name}` is not a valid stage name: it must start with a letter and contain only letters, digits, `-`, `_` and `.`, or the build stops with an error.',
    },
    docs: {
      summary: 'Stage names are unique, lowercase, valid, and not the reserved words `scratch` or `context`.',
      rationale:
        'A stage name (`FROM golang:1.22 AS build`) is how `docker build --target`, later `FROM build` lines and `COPY --from=build` find a stage. Two stages with the same name make those references ambiguous; hadolint and BuildKit both report it. `scratch` means "no base image" and `context` is how BuildKit names extra build contexts, so stages must not use them. BuildKit lowercases stage names before matching, which means `AS Build` works but invites inconsistent references; the safe fix lowercases the name and every `FROM`, `COPY --from=` and `RUN --mount=…,from=` that refers to it. A name that does not start with a letter or contains other characters (a space, `/`, `:`) is rejected by the build. Mixed-case findings are style, but they share this rule\'s severity.',
      examples: {
        bad: 'FROM golang:1.22 AS Build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=Build /out/app /app\nUSER 65534\nENTRYPOINT ["/app"]\n',
        good: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\nUSER 65534\nENTRYPOINT ["/app"]\n',
      },
    },
    fix: 'safe',
  },
  ({ model, report }) => {
    const seen = new Map<string, Stage>();
    const references = stageReferences(model);
    for (const stage of model.stages) {
      const name = stage.name;
      const range = stage.from.getBuildStageRange();
      if (!name || !range) continue;
      const lower = name.toLowerCase();
      const earlier = seen.get(lower);
      if (!VALID_NAME.test(name)) {
        report({ messageId: 'invalid', range, data: { name }, sources: [] });
        continue;
      }
      if (earlier) {
        report({ messageId: 'duplicate', range, data: { name, line: earlier.from.getRange().start.line + 1 }, sources: ['hadolint:DL3024', 'buildkit:DuplicateStageName'] });
      } else {
        seen.set(lower, stage);
      }
      if (RESERVED.has(lower)) report({ messageId: 'reserved', range, data: { name, lower }, sources: ['hadolint:DL3063', 'buildkit:ReservedStageName'] });
      if (name !== lower) {
        const edits: TextEdit[] = [{ range, newText: lower }];
        // References are renamed once, with the first stage of that name (so fixes never overlap).
        if (!earlier) {
          const start = stage.from.getRange().start.line;
          for (const ref of references) {
            if (ref.range.start.line <= start || ref.value === lower || ref.value.toLowerCase() !== lower) continue;
            edits.push({ range: ref.range, newText: lower });
          }
        }
        report({ messageId: 'casing', range, data: { name, lower }, sources: ['buildkit:StageNameCasing'], fix: { title: `Rename the stage to ${lower}`, edits } });
      }
    }
  },
);
