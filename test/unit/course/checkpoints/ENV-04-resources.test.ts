import { checkpoint } from '../../../../src/core/course/checkpoints/env/ENV-04-resources';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
