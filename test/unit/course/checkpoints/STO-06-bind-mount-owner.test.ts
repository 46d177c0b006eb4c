import { checkpoint } from '../../../../src/core/course/checkpoints/sto/STO-06-bind-mount-owner';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
