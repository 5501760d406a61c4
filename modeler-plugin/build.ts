/**
 * Builds the web modeler (modeler-plugin/web) into build/modeler with esbuild: app.js, app.css (the modeler's and
 * the properties panel's styles with their font), index.html, and element-templates.json (every template of
 * modeler-plugin/element-templates). `npm start` and the test system build it when the API starts (skipped when
 * nothing changed); `npm run modeler:build` builds it by hand. No bundle is committed.
 */
import { copyFile, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const PLUGIN = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(PLUGIN, '..');
export const MODELER_DIR = path.join(ROOT, 'build', 'modeler');

async function terbaru(dirs: string[]): Promise<number> {
  let t = 0;
  for (const d of dirs) {
    for (const e of await readdir(d, { withFileTypes: true, recursive: true })) {
      if (e.isFile()) t = Math.max(t, (await stat(path.join(e.parentPath, e.name))).mtimeMs);
    }
  }
  return t;
}

let sedang: Promise<string> | undefined;

/** Builds when a source is newer than the bundle; returns the directory to serve. */
export function bangunModeler(paksa = false): Promise<string> {
  sedang ??= (async () => {
    const sumber = [path.join(PLUGIN, 'web'), path.join(PLUGIN, 'client'), path.join(PLUGIN, 'bpmnlint-plugin-sistem-kerja'), path.join(PLUGIN, 'element-templates'), path.join(ROOT, 'src', 'domain')];
    const keluaran = await stat(path.join(MODELER_DIR, 'app.js')).then((s) => s.mtimeMs, () => 0);
    if (!paksa && keluaran > (await terbaru(sumber))) return MODELER_DIR;
    const sementara = `${MODELER_DIR}.${process.pid}.tmp`;
    await mkdir(sementara, { recursive: true });
    await esbuild.build({
      entryPoints: { app: path.join(PLUGIN, 'web', 'main.ts') }, bundle: true, format: 'esm', platform: 'browser', target: 'es2022',
      outdir: sementara, minify: true, sourcemap: false, logLevel: 'error', loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const css = ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn-embedded.css', 'properties-panel.css', 'element-templates.css', 'element-template-chooser.css']
      .map((f) => path.join(ROOT, 'node_modules', 'camunda-bpmn-js', 'dist', 'assets', f));
    css.push(path.join(ROOT, 'node_modules', 'bpmn-js-bpmnlint', 'dist', 'assets', 'css', 'bpmn-js-bpmnlint.css'));
    await writeFile(path.join(sementara, 'app.css'), (await Promise.all(css.map((f) => readFile(f, 'utf8').catch(() => '')))).join('\n'));
    for (const f of ['index.html', 'gaya.css']) await copyFile(path.join(PLUGIN, 'web', f), path.join(sementara, f));
    const dirTemplate = path.join(PLUGIN, 'element-templates');
    const templates = await Promise.all((await readdir(dirTemplate)).filter((f) => f.endsWith('.json')).sort()
      .map(async (f) => JSON.parse(await readFile(path.join(dirTemplate, f), 'utf8')) as unknown));
    await writeFile(path.join(sementara, 'element-templates.json'), JSON.stringify(templates));
    await mkdir(path.dirname(MODELER_DIR), { recursive: true });
    const lama = `${MODELER_DIR}.${process.pid}.lama`;
    await rename(MODELER_DIR, lama).catch(() => undefined);
    await rename(sementara, MODELER_DIR);
    const { rm } = await import('node:fs/promises');
    await rm(lama, { recursive: true, force: true });
    return MODELER_DIR;
  })().finally(() => { sedang = undefined; });
  return sedang;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = await bangunModeler(true);
  console.log(`modeler dibangun di ${path.relative(process.cwd(), dir)}`);
}
