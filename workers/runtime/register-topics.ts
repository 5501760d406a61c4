import type { Topic } from './topic.js';
import type { WorkerClient } from './worker-client.js';

export interface RegisterTopicsOptions {
  /** Subscribe only these topic names, e.g. to scale one topic out or to leave one unserved in a test. */
  only?: readonly string[];
}

/**
 * Subscribes the given topics on the client and returns the names subscribed. Everything is checked
 * before the first subscription, so a bad call leaves the client as it was.
 */
export function registerTopics(client: WorkerClient, topics: readonly Topic[], options: RegisterTopicsOptions = {}): string[] {
  const names = topics.map((topic) => topic.topic);
  const duplicates = names.filter((name, index) => names.indexOf(name) !== index || client.topics.includes(name));
  if (duplicates.length > 0) {
    throw new Error(`registerTopics: topic(s) subscribed twice: ${[...new Set(duplicates)].join(', ')}`);
  }
  const only = options.only;
  if (only !== undefined) {
    const unknown = only.filter((name) => !names.includes(name));
    if (unknown.length > 0) {
      throw new Error(`registerTopics: unknown topic(s) in 'only': ${unknown.join(', ')}; known: ${names.join(', ')}`);
    }
  }
  const selected = only === undefined ? topics : topics.filter((topic) => only.includes(topic.topic));
  for (const topic of selected) client.subscribe(topic);
  return selected.map((topic) => topic.topic);
}
