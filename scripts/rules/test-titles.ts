import ts from 'typescript';

/** A test as the coverage sees it: its title with the titles of the describes around it. */
export interface JudulTes {
  readonly file: string;
  /** Outermost describe first, the it/test title last. */
  readonly path: readonly string[];
}

const FUNGSI_TES = new Set(['it', 'test']);
const FUNGSI_BLOK = new Set(['describe', 'suite']);

/** `it`, `it.skip`, `it.each(rows)`, `describe.concurrent.each(rows)` …: the root name, or undefined. */
function namaAkar(callee: ts.Expression): string | undefined {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return namaAkar(callee.expression);
  if (ts.isCallExpression(callee)) return namaAkar(callee.expression); // it.each(rows)(title, fn)
  return undefined;
}

/**
 * The title as written. A template keeps its literal parts and shows each substitution as `${…}`:
 * an ID written out in the text counts, one computed at run time cannot be seen here.
 */
function teksJudul(arg: ts.Expression | undefined): string | undefined {
  if (!arg) return undefined;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  if (ts.isTemplateExpression(arg)) {
    return arg.head.text + arg.templateSpans.map((span) => '${…}' + span.literal.text).join('');
  }
  return undefined;
}

/** Every it/test in a test file with the describe titles around it. Comments are not part of the AST. */
export function judulTes(source: string, file: string): JudulTes[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const hasil: JudulTes[] = [];
  const kunjungi = (node: ts.Node, blok: readonly string[]): void => {
    if (ts.isCallExpression(node)) {
      const akar = namaAkar(node.expression);
      const judul = teksJudul(node.arguments[0]);
      if (akar && judul !== undefined && FUNGSI_TES.has(akar)) {
        hasil.push({ file, path: [...blok, judul] });
        return;
      }
      if (akar && judul !== undefined && FUNGSI_BLOK.has(akar)) {
        node.arguments.slice(1).forEach((arg) => kunjungi(arg, [...blok, judul]));
        return;
      }
    }
    ts.forEachChild(node, (anak) => kunjungi(anak, blok));
  };
  kunjungi(sf, []);
  return hasil;
}

const ID = /\bR-([A-Z]{3})-(\d{2})(?!\d)((?:\s*[,/]\s*\d{2}(?![\d.:-]))*)/g;

/**
 * Rule IDs cited in a title: `R-NAT-07`, and the short lists titles use, `R-NAT-02, 03, 05` or `R-NAT-02/03`
 * (each number after the first takes the prefix before it).
 */
export function idDalam(judul: string): string[] {
  const ids = new Set<string>();
  for (const m of judul.matchAll(ID)) {
    const prefix = m[1]!;
    ids.add(`R-${prefix}-${m[2]!}`);
    for (const lanjut of m[3]!.matchAll(/\d{2}/g)) ids.add(`R-${prefix}-${lanjut[0]}`);
  }
  return [...ids];
}
