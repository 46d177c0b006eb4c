import { checkpoint } from '../../../../src/core/course/checkpoints/env/ENV-01-engine-answers';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
