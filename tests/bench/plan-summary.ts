// What an EXPLAIN (ANALYZE, FORMAT JSON) plan says about scale: does it read a large table whole, and which node
// touches the most rows.

// Tables that grow with the archive or with time; a sequential scan on one of them grows with it.
const LARGE_TABLES = new Set(['articles', 'article_tags', 'page_views', 'price_ticks', 'price_candles']);

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
};

export type StatementPlan = { sql: string; usesIndex: boolean; seqScans: string[]; worstNode: string; rowsRead: number; ms: number };
export type PagePlans = { page: string; statements: number; plans: StatementPlan[] };

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];
// Rows a scan node produced plus those it read and threw away, over all its loops.
const rowsRead = (n: PlanNode) => (n['Actual Rows'] + (n['Rows Removed by Filter'] ?? 0) + (n['Rows Removed by Index Recheck'] ?? 0)) * n['Actual Loops'];
const describe = (n: PlanNode) =>
  `${n['Node Type']}${n['Index Name'] ? ` using ${n['Index Name']}` : ''}${n['Relation Name'] ? ` on ${n['Relation Name']}` : ''}: ${rowsRead(n)} rows`;

export function summarisePlan(sql: string, explained: { Plan: PlanNode; 'Execution Time': number }): StatementPlan {
  const scans = nodesOf(explained.Plan).filter((n) => n['Relation Name'] || n['Index Name']);
  const seqScans = scans.filter((n) => n['Node Type'] === 'Seq Scan' && LARGE_TABLES.has(n['Relation Name']!)).map(describe);
  const worst = scans.reduce<PlanNode | undefined>((a, b) => (a && rowsRead(a) >= rowsRead(b) ? a : b), undefined);
  return {
    sql: sql.replace(/\s+/g, ' ').trim(),
    usesIndex: seqScans.length === 0,
    seqScans,
    worstNode: worst ? describe(worst) : 'no table read',
    rowsRead: worst ? rowsRead(worst) : 0,
    ms: Math.round(explained['Execution Time'] * 100) / 100,
  };
}
