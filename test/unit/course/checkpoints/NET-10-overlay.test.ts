import { checkpoint } from '../../../../src/core/course/checkpoints/net/NET-10-overlay';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
