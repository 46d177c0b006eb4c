import { checkpoint } from '../../../../src/core/course/checkpoints/bld/BLD-08-test-target';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
