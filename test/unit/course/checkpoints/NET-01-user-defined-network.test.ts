import { checkpoint } from '../../../../src/core/course/checkpoints/net/NET-01-user-defined-network';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
