import { checkpoint } from '../../../../src/core/course/checkpoints/bld/BLD-01-first-build';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
