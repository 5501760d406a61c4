/** Names JUEL and Camunda give a meaning of their own: never process variables. */
const BAWAAN = new Set([
  'empty', 'not', 'and', 'or', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'div', 'mod', 'instanceof', 'true', 'false', 'null',
  'execution', 'task', 'externalTask', 'authenticatedUserId', 'variableScope',
]);

/**
 * The process variables a `${…}` / `#{…}` expression reads: the root identifier of each access path
 * (`permohonan.pegawai.nip` reads `permohonan`). String literals, numbers, keywords, Camunda's built-ins,
 * properties and methods after a dot, and functions (`currentUser()`, `fn:contains(…)`) are not variables.
 */
export function variabelDibaca(ekspresi: string): string[] {
  const hasil = new Set<string>();
  for (const blok of ekspresi.matchAll(/[$#]\{([^}]*)\}/g)) {
    const isi = blok[1]!.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, ' 0 ');
    for (const m of isi.matchAll(/[A-Za-z_$][\w$]*/g)) {
      const nama = m[0];
      const sebelum = isi.slice(0, m.index).trimEnd();
      const sesudah = isi.slice(m.index + nama.length);
      if (sebelum.endsWith('.') || /^\s*\(/.test(sesudah) || /^:[A-Za-z_]/.test(sesudah) || /[A-Za-z_]:$/.test(sebelum)) continue;
      if (/\d$/.test(isi.slice(0, m.index))) continue; // the exponent of 1e5
      if (!BAWAAN.has(nama)) hasil.add(nama);
    }
  }
  return [...hasil];
}
