import { checkpoint } from '../../../../src/core/course/checkpoints/bld/BLD-05-build-args';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
