/**
 * The outcome of a rule check. Rule IDs are those of RULES.md (R-NAT-13, R-SYS-03, ...); messages are
 * in Bahasa Indonesia because a user reads them (in Tasklist, in an API error, in an import report).
 */
export type RuleId = `R-${'NAT' | 'BTN' | 'MRT' | 'KIN' | 'SYS'}-${string}`;

/** HARD violation: the request is refused. */
export interface RuleViolation {
  readonly ruleId: RuleId;
  readonly field: string;
  readonly message: string;
}

/** SOFT finding: the process goes on, the warning is shown and acknowledged. */
export interface RuleWarning {
  readonly ruleId: RuleId;
  readonly code: string;
  readonly message: string;
  /** The rule asks the decider to justify going ahead despite it (e.g. R-NAT-14, R-NAT-26). */
  readonly perluJustifikasi?: boolean;
}

export interface RuleReport {
  readonly violations: readonly RuleViolation[];
  readonly warnings: readonly RuleWarning[];
}

export const emptyReport: RuleReport = { violations: [], warnings: [] };

export function mergeReports(...reports: readonly RuleReport[]): RuleReport {
  return {
    violations: reports.flatMap((r) => r.violations),
    warnings: reports.flatMap((r) => r.warnings),
  };
}

export function violation(ruleId: RuleId, field: string, message: string): RuleReport {
  return { violations: [{ ruleId, field, message }], warnings: [] };
}

export function warning(ruleId: RuleId, code: string, message: string, perluJustifikasi = false): RuleReport {
  return { violations: [], warnings: [{ ruleId, code, message, ...(perluJustifikasi ? { perluJustifikasi } : {}) }] };
}

/** One line per violation, for incident-free BPMN error messages and logs. */
export function describeViolations(violations: readonly RuleViolation[]): string {
  return violations.map((v) => `[${v.ruleId}] ${v.field}: ${v.message}`).join('\n');
}
