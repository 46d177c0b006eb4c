import { checkpoint } from '../../../../src/core/course/checkpoints/env/ENV-02-online-or-offline';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
