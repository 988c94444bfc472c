// The table-set baseline in DuckDB (npm @duckdb/node-api), exact DECIMAL(18,4), one thread: the same work
// as baseline.py, in SQL.
//
// Usage: node baseline_duckdb.mjs DIR    (DIR holds projects.csv, indicators.csv and cost_lines.csv)
//
// The three files are loaded into tables (every row kept, as jixiao_check and baseline.py keep them), then:
// the sources of 以前年度 and 本年度 checked against their 总额, the cost basis per table (合计, or 单价 × the
// 数量 given) compared with 本年度项目资金总额, rows without a table counted, the eight column totals and
// 本年度项目资金总额 by 项目实施单位. DECIMAL(18,4) holds what jixiao's wan holds (int64 of 1/10000 万元).
import { DuckDBInstance } from '@duckdb/node-api';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node baseline_duckdb.mjs DIR');
  process.exit(64);
}

const money = 'DECIMAL(18,4)';
const columns = ['以前年度', '本年度'];
const sources = ['区财政拨款', '市财政拨款', '自筹资金'];
const amountColumns = columns.flatMap((c) => [`${c}项目资金总额`, ...sources.map((s) => `${c}${s}`)]);
const q = (name) => `"${name}"`;
const types = (names, type) => `{${names.map((n) => `'${n}': '${type}'`).join(', ')}}`;
const csv = (file, typed) =>
  `read_csv('${dir}/${file}', header = true, all_varchar = ${typed ? 'false' : 'true'}, ` +
  `${typed ? `types = ${typed}, ` : ''}auto_detect = true)`;

const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
const con = await instance.connect();
const all = async (sql) => (await con.runAndReadAll(sql)).getRows();

await con.run(`CREATE TABLE projects AS SELECT * FROM ${csv('projects.csv', types(['序号'], 'VARCHAR').slice(0, -1) + ', ' + types(amountColumns, money).slice(1))}`);
await con.run(`CREATE TABLE indicators AS SELECT * FROM ${csv('indicators.csv')}`);
await con.run(`CREATE TABLE cost_lines AS SELECT * FROM ${csv('cost_lines.csv', types(['序号', '数量1', '数量2', '数量3', '数量4'], 'VARCHAR').slice(0, -1) + ', ' + types(['单价', '合计'], money).slice(1))}`);

const counts = await all(`SELECT (SELECT count(*) FROM projects), (SELECT count(*) FROM indicators), (SELECT count(*) FROM cost_lines)`);
const z = (c) => `coalesce(${q(c)}, 0)`;
const mismatch = columns
  .map((c) => `(SELECT count(*) FROM projects WHERE ${sources.map((s) => z(c + s)).join(' + ')} <> ${z(c + '项目资金总额')})`)
  .join(' + ');
const line = `coalesce(合计, CAST(单价 AS DECIMAL(38,4))${[1, 2, 3, 4].map((k) => ` * coalesce(CAST(NULLIF(数量${k}, '') AS DECIMAL(18,4)), 1)`).join('')})`;
const [[sourcesMismatch]] = await all(`SELECT ${mismatch}`);
const [[above, below]] = await all(`
  WITH basis AS (SELECT 序号, sum(${line}) AS b FROM cost_lines GROUP BY 序号)
  SELECT count(*) FILTER (WHERE b > ${z('本年度项目资金总额')}), count(*) FILTER (WHERE b < ${z('本年度项目资金总额')})
  FROM basis JOIN projects USING (序号)`);
const [[orphans]] = await all(`
  SELECT (SELECT count(*) FROM indicators WHERE 序号 NOT IN (SELECT 序号 FROM projects))
       + (SELECT count(*) FROM cost_lines WHERE 序号 NOT IN (SELECT 序号 FROM projects))`);
const totals = await all(`SELECT ${amountColumns.map((c) => `CAST(sum(${z(c)}) AS VARCHAR)`).join(', ')} FROM projects`);
const units = await all(`SELECT 项目实施单位, CAST(sum(${z('本年度项目资金总额')}) AS VARCHAR) FROM projects GROUP BY 1 ORDER BY 1`);

const [[p, i, c]] = counts;
console.log(`tables ${p}, indicators ${i}, cost lines ${c}`);
console.log(`sources not summing to 总额: ${sourcesMismatch}; cost basis above 本年度: ${above}, below: ${below}; rows without a table: ${orphans}`);
amountColumns
  .map((name, k) => [name, totals[0][k]])
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .forEach(([name, v]) => console.log(`${name} ${v}`));
console.log(`units ${units.length}`);
for (const [unit, v] of units) console.log(`${unit} ${v}`);
