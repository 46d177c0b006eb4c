import { checkpoint } from '../../../../src/core/course/checkpoints/run/RUN-08-resource-limits';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
