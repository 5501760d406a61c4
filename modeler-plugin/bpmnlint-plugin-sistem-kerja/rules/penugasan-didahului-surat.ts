import { penugasanDidahuluiSurat } from '../../../src/domain/modeler/aturan-model.js';
import { buatAturanLint } from '../buat-aturan.js';

/** bpmnlint rule 'penugasan-didahului-surat': src/domain/modeler/aturan-model.ts `penugasanDidahuluiSurat`. */
export default buatAturanLint(penugasanDidahuluiSurat);
