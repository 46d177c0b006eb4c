import { defineRule } from '../../rule';
import { closestMatch } from '../../suggest';
import { parseImageReference, type DockerfileModel } from '../model';
import { stageNamed, stageReferences } from '../stages';

export const rule = defineRule<DockerfileModel, 'unknown' | 'unknownDidYouMean' | 'laterStage' | 'ownStage' | 'indexTooHigh'>(
  {
    id: 'DF19',
    name: 'copy-from-stage',
    target: 'dockerfile',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c05-l2'],
    sources: ['hadolint:DL3022', 'hadolint:DL3023'],
    messages: {
      unknown:
        'No stage above is called `{name}`, so Docker treats `--from={name}` as an image and tries to pull `{name}:latest`. If you meant a stage, use its name; if you meant an image, pin a tag (`--from={name}:<version>`).',
      unknownDidYouMean: 'No stage above is called `{name}`, so Docker would try to pull an image of that name. Did you mean the stage `{suggestion}`?',
      laterStage:
        'Stage `{name}` is defined further down (line {line}). The classic builder only looks at stages above, and readers expect stages in build order: move that stage above this one.',
      ownStage: '`--from={name}` names the stage this COPY is in, which has no finished filesystem yet: copy from an earlier stage instead.',
      indexTooHigh: '`--from={name}` counts stages from 0, and this Dockerfile has only {count} stage(s) above this line: use the index (or better, the name) of an earlier stage.',
    },
    docs: {
      summary: '`COPY --from=` names an earlier stage (or an image with a tag), never its own stage.',
      rationale:
        'In a multi-stage build, `COPY --from=build /out/app /app` copies files out of the stage called `build`. If no stage has that name, Docker does not complain about a typo: it treats the word as an image name and tries to pull it from Docker Hub, which fails with a confusing "pull access denied" or, worse, succeeds with somebody else\'s image. Naming the stage the COPY itself is in cannot work either, because that stage is still being built. A stage can also be referred to by its number (`--from=0` is the first `FROM`), but names survive reordering, so prefer them. A reference with a tag, a digest or a registry host (`nginx:1.27`, `ghcr.io/org/tool`) is accepted as an image. Variables are not checked. The suggestion replaces a misspelt name with the closest stage name.',
      examples: {
        bad: 'FROM golang:1.22 AS builder\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=biulder /out/app /app\nUSER 65534\nENTRYPOINT ["/app"]\n',
        good: 'FROM golang:1.22 AS builder\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=builder /out/app /app\nUSER 65534\nENTRYPOINT ["/app"]\n',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    for (const ref of stageReferences(model)) {
      if (ref.kind !== 'copy') continue;
      const name = ref.value;
      if (name === '' || name.includes('$')) continue;
      const current = ref.stage?.index ?? 0;
      const earlier = model.stages.slice(0, current);
      if (/^\d+$/.test(name)) {
        const index = Number(name);
        if (index < current) continue;
        if (ref.stage && index === current) report({ messageId: 'ownStage', range: ref.range, data: { name }, sources: ['hadolint:DL3023'] });
        else report({ messageId: 'indexTooHigh', range: ref.range, data: { name, count: current }, sources: ['hadolint:DL3022'] });
        continue;
      }
      if (stageNamed(earlier, name)) continue;
      if (ref.stage?.name?.toLowerCase() === name.toLowerCase()) {
        report({ messageId: 'ownStage', range: ref.range, data: { name }, sources: ['hadolint:DL3023'] });
        continue;
      }
      const later = stageNamed(model.stages.slice(current + 1), name);
      if (later) {
        report({ messageId: 'laterStage', range: ref.range, data: { name, line: later.from.getRange().start.line + 1 }, sources: ['hadolint:DL3022'] });
        continue;
      }
      if (isExplicitImage(name)) continue;
      const suggestion = closestMatch(name, earlier.map((s) => s.name).filter((n): n is string => n !== undefined));
      if (suggestion) {
        report({
          messageId: 'unknownDidYouMean',
          range: ref.range,
          data: { name, suggestion },
          sources: ['hadolint:DL3022'],
          suggestions: [{ title: `Copy from the stage ${suggestion}`, edits: [{ range: ref.range, newText: suggestion }] }],
        });
      } else {
        report({ messageId: 'unknown', range: ref.range, data: { name }, sources: ['hadolint:DL3022'] });
      }
    }
  },
);

/** `nginx:1.27`, `nginx@sha256:…`, `ghcr.io/org/tool`: clearly an image, not a stage name. */
function isExplicitImage(ref: string): boolean {
  const parsed = parseImageReference(ref);
  return parsed.tag !== undefined || parsed.digest !== undefined || parsed.registry !== undefined;
}
