import { isMap, isSeq } from 'yaml';
import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';

export const rule = defineRule<ComposeModel, 'legacyRuntime' | 'envOnly' | 'noGpuCapability'>(
  {
    id: 'CF22',
    name: 'gpu-requests',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c13-l4'],
    sources: [],
    messages: {
      legacyRuntime: '`runtime: nvidia` is the old nvidia-docker way and needs that runtime configured as a daemon option. Ask Compose for the GPU instead: `deploy.resources.reservations.devices` with `capabilities: [gpu]` (or `gpus: all`).',
      envOnly: '`{name}` alone does not give `{service}` a GPU: the container only sees one if Compose reserves it. Add `deploy.resources.reservations.devices` with `driver: nvidia` and `capabilities: [gpu]`.',
      noGpuCapability: 'This device request uses the `{driver}` driver but does not list `gpu` in `capabilities`, so Docker reserves no GPU: write `capabilities: [gpu]`.',
    },
    docs: {
      summary: 'GPUs are requested with `deploy.resources.reservations.devices` and `capabilities: [gpu]`.',
      rationale:
        'Compose reserves GPUs through a device request: `deploy.resources.reservations.devices: [{driver: nvidia, count: 1, capabilities: [gpu]}]` (or the shorter `gpus: all`). The older `runtime: nvidia` only works where the nvidia runtime was registered with the daemon, and setting `NVIDIA_VISIBLE_DEVICES` alone exposes nothing. A device request without `gpu` in `capabilities` reserves nothing. The suggested fix replaces `runtime: nvidia` with a request for all GPUs.',
      examples: {
        bad: 'services:\n  train:\n    image: example/trainer:1.0\n    runtime: nvidia\n',
        good: 'services:\n  train:\n    image: example/trainer:1.0\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              count: all\n              capabilities: [gpu]\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const devices = model.follow(s.map, 'deploy', 'resources', 'reservations', 'devices');
      let requestsGpu = !!s.get('gpus');
      if (devices?.value && isSeq(devices.value)) {
        for (const item of model.items(devices.value, devices.via)) {
          if (!item.node || !isMap(item.node)) continue;
          const caps = model.strings(model.get(item.node, 'capabilities', item.via)).map((c) => c.value);
          const driver = model.resolved(model.get(item.node, 'driver')?.value);
          if (caps.includes('gpu')) requestsGpu = true;
          else if (driver && /nvidia|amd|intel/i.test(driver)) report({ messageId: 'noGpuCapability', range: model.nodeRange(item.written ?? item.node, item.via), data: { driver } });
        }
      }
      const runtime = s.get('runtime');
      if (runtime && model.resolved(runtime.value) === 'nvidia') {
        const u = model.unit;
        const canReplace = !runtime.via && !s.get('deploy') && !!runtime.keyNode.range && !!runtime.written?.range;
        const edit = canReplace
          ? {
              range: model.offsetRange(runtime.keyNode.range![0], model.contentEnd(runtime.written!)),
              newText: ['deploy:', `${u}resources:`, `${u}${u}reservations:`, `${u}${u}${u}devices:`, `${u}${u}${u}${u}- driver: nvidia`, `${u}${u}${u}${u}  count: all`, `${u}${u}${u}${u}  capabilities: [gpu]`].join(model.lines.eol + ' '.repeat(model.keyColumn(runtime))),
            }
          : undefined;
        report({ messageId: 'legacyRuntime', range: model.entryRange(runtime), fix: edit ? { title: 'Request all GPUs with deploy.resources.reservations.devices', edits: [edit] } : undefined });
        continue;
      }
      if (requestsGpu) continue;
      for (const kv of model.keyValues(s.get('environment'))) {
        if ((kv.name === 'NVIDIA_VISIBLE_DEVICES' || kv.name === 'CUDA_VISIBLE_DEVICES') && kv.value && kv.value !== 'void' && kv.value !== 'none' && kv.value !== '') {
          if (kv.name === 'CUDA_VISIBLE_DEVICES') continue;
          report({ messageId: 'envOnly', range: kv.nameRange, data: { name: kv.name, service: s.name } });
        }
      }
    }
  },
);
