import { checkpoint } from '../../../../src/core/course/checkpoints/net/NET-03-segmented-tiers';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
