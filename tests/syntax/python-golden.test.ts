import { parsePython } from '../../src/engine/syntax/python';
import { goldenIrSuite } from './golden-ir';

goldenIrSuite('Python golden IR', 'python', (source) => parsePython(source + '\n'));
