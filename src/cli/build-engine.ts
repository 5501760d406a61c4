import path from 'node:path';
import { loadConfig } from '../config.js';
import { buildEngine, ENGINE_JAR } from './engine-process.js';
import { createProgress, mavenStatus } from './progress.js';

/** npm run engine:build: (re)builds engine/target/sistem-kerja-engine.jar with Maven, showing progress. */
const config = loadConfig();
const progress = createProgress();
const status = mavenStatus();
const started = Date.now();
const logFile = path.join(config.dataDir, 'logs', 'maven-build.log');
buildEngine(logFile, (line) => {
  const s = status(line);
  if (s) progress.update(`Engine: membangun ${Math.round((Date.now() - started) / 1000)} s${s}`);
}).then(() => {
  progress.done(`Engine: ${path.relative(process.cwd(), ENGINE_JAR)} dibangun dalam ${Math.round((Date.now() - started) / 1000)} detik`);
}, (e: unknown) => {
  progress.done(`Engine: gagal dibangun: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
