/**
 * bpmnlint-plugin-sistem-kerja: the regulation and safety rules of src/domain/modeler/aturan-model.ts, one bpmnlint
 * rule per file (rules/). `configs.recommended` turns every one on as an error. Used by the web modeler
 * (bpmn-js-bpmnlint), the publish gate of the API and the Camunda Desktop Modeler plugin (npm run modeler:desktop).
 */
import ekspresiAman from './rules/ekspresi-aman.js';
import lintasInstansiPyb from './rules/lintas-instansi-pyb.js';
import penolakanBeralasan from './rules/penolakan-beralasan.js';
import penugasanDidahuluiSurat from './rules/penugasan-didahului-surat.js';
import peranTerselesaikan from './rules/peran-terselesaikan.js';
import referensiLangkah from './rules/referensi-langkah.js';
import sukarelaDalamInstansi from './rules/sukarela-dalam-instansi.js';
import tanpaKodeJava from './rules/tanpa-kode-java.js';
import tanpaSkrip from './rules/tanpa-skrip.js';
import topikDikenal from './rules/topik-dikenal.js';

export const NAMA_PLUGIN = 'sistem-kerja';

export const rules = {
  'lintas-instansi-pyb': lintasInstansiPyb,
  'penolakan-beralasan': penolakanBeralasan,
  'sukarela-dalam-instansi': sukarelaDalamInstansi,
  'peran-terselesaikan': peranTerselesaikan,
  'referensi-langkah': referensiLangkah,
  'topik-dikenal': topikDikenal,
  'penugasan-didahului-surat': penugasanDidahuluiSurat,
  'tanpa-skrip': tanpaSkrip,
  'tanpa-kode-java': tanpaKodeJava,
  'ekspresi-aman': ekspresiAman,
} as const;

export const configs = {
  recommended: { rules: Object.fromEntries(Object.keys(rules).map((r) => [`${NAMA_PLUGIN}/${r}`, 'error'])) },
};

/**
 * A bpmnlint config and resolver with our rules only (the core rules are added by whoever wants them): what
 * bpmn-js-bpmnlint and bpmnlint's Linter take.
 */
export const lintConfig = {
  config: configs.recommended,
  resolver: {
    resolveRule(pkg: string, ruleName: string) {
      const rule = pkg === `bpmnlint-plugin-${NAMA_PLUGIN}` ? (rules as Record<string, unknown>)[ruleName] : undefined;
      if (!rule) throw new Error(`aturan tidak dikenal: ${pkg}/${ruleName}`);
      return rule;
    },
    resolveConfig(pkg: string, configName: string) {
      throw new Error(`konfigurasi tidak dikenal: ${pkg}/${configName}`);
    },
  },
};
