import { CamundaRest } from '../adapters/camunda/camunda-rest.js';
import { loadConfig } from '../config.js';
import { deployProcesses } from './bootstrap.js';

/** npm run deploy: deploys bpmn/ to the engine at ENGINE_URL (or the local one) when something changed. */
const config = loadConfig();
const engine = new CamundaRest({ baseUrl: config.engine.restUrl, username: config.engine.adminUser, password: config.engine.adminPassword });
deployProcesses(engine).then((result) => {
  console.log(result.changed.length > 0 ? `Deploy ${result.deploymentId}: ${result.changed.join(', ')}` : 'bpmn/ tidak berubah; tidak ada yang di-deploy.');
}, (e: unknown) => {
  console.error(`Deploy gagal: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
