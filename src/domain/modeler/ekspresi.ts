/**
 * The expressions a model may carry, as the engine's deploy check decides (engine/…/keamanan/
 * PemeriksaPenerapanEkspresi.java): they read process variables by name and compare or combine them; no method or
 * function call, no property or index access, no engine object, no well-known bean. Mirrored here so the modeler
 * says it while the analyst edits; the engine stays the gate.
 */
export const OBJEK_ENGINE = new Set(['execution', 'task', 'externalTask', 'caseExecution', 'variableScope', 'authenticatedUserId']);
export const BEAN_TERKENAL = new Set([
  'processEngine', 'processEngineConfiguration', 'processEngineConfigurationImpl', 'runtimeService',
  'repositoryService', 'taskService', 'identityService', 'managementService', 'historyService', 'formService',
  'authorizationService', 'externalTaskService', 'caseService', 'filterService', 'decisionService',
  'applicationContext', 'environment', 'camundaBpmProperties', 'dataSource', 'transactionManager',
]);

export const memuatEkspresi = (teks: string): boolean => teks.includes('${') || teks.includes('#{');

/** Undefined when every `${…}`/`#{…}` in the text is allowed; else why not, in Bahasa Indonesia. */
export function periksaEkspresi(teks: string): string | undefined {
  for (const blok of teks.matchAll(/[$#]\{([^}]*)\}?/g)) {
    const ekspresi = blok[0];
    const isi = (blok[1] ?? '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, ' 0 ');
    if (/[A-Za-z_)\]]\s*\(/.test(isi)) return `ekspresi '${ekspresi}' memanggil fungsi atau metode`;
    if (/(^|[^\d\s])\s*\.\s*[A-Za-z_]/.test(isi) || /\[/.test(isi)) return `ekspresi '${ekspresi}' mengakses properti atau metode objek`;
    if (/[A-Za-z_]\w*:[A-Za-z_]/.test(isi)) return `ekspresi '${ekspresi}' memanggil fungsi`;
    for (const m of isi.matchAll(/[A-Za-z_$][\w$]*/g)) {
      if (OBJEK_ENGINE.has(m[0])) return `ekspresi '${ekspresi}' memakai objek engine '${m[0]}'`;
      if (BEAN_TERKENAL.has(m[0])) return `ekspresi '${ekspresi}' memakai bean '${m[0]}'`;
    }
  }
  return undefined;
}
