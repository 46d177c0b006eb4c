import { checkpoint } from '../../../../src/core/course/checkpoints/bld/BLD-11-shrink';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
