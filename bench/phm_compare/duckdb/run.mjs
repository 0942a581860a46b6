// Runs the DuckDB side of bench/phm_compare.sh: each SQL file given (placeholders already filled in) in one
// database, timing each file; prints "name seconds" lines like the other engines' drivers.
//   node run.mjs DATABASE_FILE THREADS SQL_FILE...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [database, threads, ...files] = process.argv.slice(2);
if (!database || !threads || files.length === 0) {
  console.error('usage: node run.mjs DATABASE_FILE THREADS SQL_FILE...');
  process.exit(2);
}
const instance = await DuckDBInstance.create(database, { threads });
const connection = await instance.connect();
for (const file of files) {
  const sql = readFileSync(file, 'utf8');
  const start = performance.now();
  // run() takes a whole script: DuckDB runs its statements in order.
  await connection.run(sql);
  console.log(`${basename(file, '.sql')} ${((performance.now() - start) / 1000).toFixed(4)}`);
}
connection.closeSync();
