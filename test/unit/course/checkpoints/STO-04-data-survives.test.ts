import { checkpoint } from '../../../../src/core/course/checkpoints/sto/STO-04-data-survives';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
