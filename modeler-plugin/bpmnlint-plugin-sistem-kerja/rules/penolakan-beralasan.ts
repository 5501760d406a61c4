import { penolakanBeralasan } from '../../../src/domain/modeler/aturan-model.js';
import { buatAturanLint } from '../buat-aturan.js';

/** bpmnlint rule 'penolakan-beralasan': src/domain/modeler/aturan-model.ts `penolakanBeralasan`. */
export default buatAturanLint(penolakanBeralasan);
