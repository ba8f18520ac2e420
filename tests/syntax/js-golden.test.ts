import { parseJs } from '../../src/engine/syntax/js';
import { goldenIrSuite } from './golden-ir';

goldenIrSuite('JS golden IR', 'js', (source) => parseJs(source));
