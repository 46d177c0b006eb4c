import { checkpoint } from '../../../../src/core/course/checkpoints/bld/BLD-09-dockerignore';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
