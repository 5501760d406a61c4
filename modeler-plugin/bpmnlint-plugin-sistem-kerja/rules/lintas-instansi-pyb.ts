import { lintasInstansiDuaPyb } from '../../../src/domain/modeler/aturan-model.js';
import { buatAturanLint } from '../buat-aturan.js';

/** bpmnlint rule 'lintas-instansi-pyb': src/domain/modeler/aturan-model.ts `lintasInstansiDuaPyb`. */
export default buatAturanLint(lintasInstansiDuaPyb);
