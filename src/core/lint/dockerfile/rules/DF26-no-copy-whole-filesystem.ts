import { Copy, JSONInstruction } from 'dockerfile-ast';
import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { stageNamed } from '../stages';
import { startsFromScratch } from '../variables';

export const rule = defineRule<DockerfileModel, 'wholeFilesystem'>(
  {
    id: 'DF26',
    name: 'no-copy-whole-filesystem',
    target: 'dockerfile',
    category: 'size',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c05-l2'],
    sources: ['hadolint:DL3067'],
    messages: {
      wholeFilesystem:
        '`COPY --from={from} /` copies the whole filesystem of `{from}`, compilers, caches and package lists included, which defeats the point of a separate stage: copy only what the final image needs (e.g. `COPY --from={from} /out/app /app`).',
    },
    docs: {
      summary: '`COPY --from=` copies specific build outputs, not the whole root filesystem of another stage.',
      rationale:
        'A multi-stage build keeps the toolchain out of the final image by copying only the results across. `COPY --from=build / /` undoes that: every compiler, header, package cache and temporary file of the builder lands in the final image, which also inherits its vulnerabilities. Copy the artefacts by path instead, ideally from a directory the builder writes them to (`/out`). Copying from a stage that itself starts `FROM scratch` is accepted, because such a stage contains only what was deliberately put into it (the usual "export" pattern); hadolint (DL3067) reports that case too.',
      examples: {
        bad: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build / /\nENTRYPOINT ["/out/app"]\n',
        good: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (!(instruction instanceof Copy)) continue;
      const from = instruction.getFromFlag()?.getValue();
      if (!from || from.includes('$')) continue;
      const current = model.stageOf(instruction);
      const earlier = current ? model.stages.slice(0, current.index) : [];
      const source = /^\d+$/.test(from) ? earlier[Number(from)] : stageNamed(earlier, from);
      if (source && startsFromScratch(source)) continue;
      const args = sourceArguments(instruction);
      for (const arg of args) {
        if (!/^\/+\.?\/*$/.test(arg.value)) continue;
        report({ messageId: 'wholeFilesystem', range: arg.range, data: { from } });
      }
    }
  },
);

/** The source paths of a COPY (all arguments but the last), unquoted, in shell or JSON form. */
function sourceArguments(instruction: JSONInstruction) {
  const json = instruction.getJSONStrings();
  const args = json.length > 0 ? json.map((s) => ({ value: s.getJSONValue(), range: s.getRange() })) : instruction.getArguments().map((a) => ({ value: a.getValue().replace(/^(["'])(.*)\1$/, '$2'), range: a.getRange() }));
  return args.slice(0, -1);
}
