import { CamundaRest } from '../adapters/camunda/camunda-rest.js';
import { DeploymentRefused } from '../adapters/camunda/deploy.js';
import { loadConfig } from '../config.js';
import { deployProcesses } from './bootstrap.js';

/** npm run deploy: deploys bpmn/ to the engine at ENGINE_URL (or the local one) when something changed. */
const config = loadConfig();
const engine = new CamundaRest({ baseUrl: config.engine.restUrl, username: config.engine.adminUser, password: config.engine.adminPassword });
deployProcesses(engine).then((result) => {
  console.log(result.changed.length > 0 ? `Deploy ${result.deploymentId}: ${result.changed.join(', ')}` : 'bpmn/ tidak berubah; tidak ada yang di-deploy.');
}, (e: unknown) => {
  // A refusal is the engine's own check (element and reason); anything else is a failure to reach or use it.
  console.error(e instanceof DeploymentRefused ? e.message : `Deploy gagal: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
