import { checkpoint } from '../../../../src/core/course/checkpoints/run/RUN-09-inspect-live-values';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
