import type { PenunjukanDeps } from '../../src/application/penunjukan-dalam-unit.js';

/** What the topic handlers need; passed in by the composition root (src/system.ts). */
export type WorkerDeps = PenunjukanDeps;
