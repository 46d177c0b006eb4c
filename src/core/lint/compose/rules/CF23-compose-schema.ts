import { defineRule } from '../../rule';
import type { ComposeModel } from '../model';
import { validateCompose, type SchemaMessageId } from '../schema';

export const rule = defineRule<ComposeModel, SchemaMessageId>(
  {
    id: 'CF23',
    name: 'compose-schema',
    target: 'compose',
    category: 'correctness',
    defaultSeverity: 'error',
    status: 'stable',
    taughtIn: ['c08-l1'],
    sources: ['dclint:invalid-schema'],
    messages: {
      legacyFormat:
        'This file uses the old Compose file format 1: services ({names}) sit at the top level, without a `services:` key. Docker Compose v2 no longer reads that format: add a `services:` line at the top and indent the services under it.',
      unknownKey: '`{key}` is not a key Compose knows {where}{origin}{hint}',
      wrongType: '{what} must be {expected}, not {actual}{origin}.',
      badValue: '{what} is `{value}`{origin}, but it must be {allowed}{hint}',
      missingKey: '{what} needs a `{key}` key{extra}{origin}.',
      badForm: '{what} `{value}`{origin} is not allowed here: use {form}.',
      duplicateItem: '{what} lists the same value twice (items {first} and {second}){origin}: remove one.',
      outOfRange: '{what} is {value}{origin}, but it must be {limit}.',
      invalid: '{what} {detail}{origin}.',
    },
    docs: {
      summary: 'The file follows the Compose Specification: known keys, the right kinds of values, allowed choices.',
      rationale:
        'Compose checks every file against the Compose Specification schema before doing anything, and refuses the whole file on the first mistake: a misspelt key (`enviroment:`), a list where a mapping is expected, a `condition` that is not one of the three allowed values. docker-course runs the same schema in the editor and reports **every** problem at once, each on the key or value it concerns, with a "did you mean" for misspelt keys and the allowed values for choices. Values with `${VARIABLES}` are judged by Compose after substitution, so they are not reported here.',
      examples: {
        bad: 'services:\n  web:\n    image: nginx:1.27\n    restat: always\n',
        good: 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n',
        file: 'compose.dev.yaml',
      },
    },
    fix: 'unsafe',
  },
  ({ model, report }) => {
    if (!model.root || model.problems.some((p) => p.kind === 'aliasBomb' || p.kind === 'tooLarge')) return;
    for (const p of validateCompose(model)) report({ messageId: p.messageId, range: p.range, data: p.data, suggestions: p.suggestions });
  },
);
