/** One problem of an import, where a spreadsheet user finds it. */
export interface ImportProblem {
  readonly file: string;
  /** Spreadsheet row (the header is row 1); 0 for a problem of the whole file. */
  readonly row: number;
  /** Header column; empty for a problem of the whole row or file. */
  readonly column: string;
  readonly message: string;
  /** RULES.md rule behind the problem, when there is one (R-NAT-07, R-SYS-03, ...). */
  readonly ruleId?: string;
}

/** `pegawai.csv baris 5 kolom nip: NIP harus terdiri atas 18 angka.` */
export function formatImportProblem(p: ImportProblem): string {
  const where = [p.file, p.row > 0 ? `baris ${p.row}` : '', p.column ? `kolom ${p.column}` : ''].filter(Boolean).join(' ');
  return `${where}: ${p.message}${p.ruleId ? ` (${p.ruleId})` : ''}`;
}

/** An import refused as a whole; `problems` lists every problem found, in file and row order. */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(readonly problems: readonly ImportProblem[]) {
    super(problems.map(formatImportProblem).join('\n'));
  }

  override toString(): string {
    return this.message;
  }
}
