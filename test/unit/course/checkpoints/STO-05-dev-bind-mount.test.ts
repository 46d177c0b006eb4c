import { checkpoint } from '../../../../src/core/course/checkpoints/sto/STO-05-dev-bind-mount';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
