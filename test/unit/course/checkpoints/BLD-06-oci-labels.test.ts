import { checkpoint } from '../../../../src/core/course/checkpoints/bld/BLD-06-oci-labels';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
