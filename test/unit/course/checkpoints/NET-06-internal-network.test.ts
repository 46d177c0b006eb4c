import { checkpoint } from '../../../../src/core/course/checkpoints/net/NET-06-internal-network';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
