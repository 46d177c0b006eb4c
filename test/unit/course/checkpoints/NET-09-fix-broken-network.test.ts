import { checkpoint } from '../../../../src/core/course/checkpoints/net/NET-09-fix-broken-network';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
