import { checkpoint } from '../../../../src/core/course/checkpoints/bld/BLD-13-build-cache';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
