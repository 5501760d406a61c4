import { topikDikenal } from '../../../src/domain/modeler/aturan-model.js';
import { buatAturanLint } from '../buat-aturan.js';

/** bpmnlint rule 'topik-dikenal': src/domain/modeler/aturan-model.ts `topikDikenal`. */
export default buatAturanLint(topikDikenal);
