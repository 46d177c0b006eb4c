import { checkpoint } from '../../../../src/core/course/checkpoints/bld/BLD-04-entrypoint-and-cmd';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
