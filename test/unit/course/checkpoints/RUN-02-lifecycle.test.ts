import { checkpoint } from '../../../../src/core/course/checkpoints/run/RUN-02-lifecycle';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
