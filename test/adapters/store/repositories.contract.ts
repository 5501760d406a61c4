import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { describeAksesRepository } from './akses-repository.contract.js';
import { describeKasusRepository } from './kasus-repository.contract.js';
import { describeOrganisasiRepository } from './organisasi-repository.contract.js';
import { describePenugasanRepository } from './penugasan-repository.contract.js';
import { emptyStore, type OpenStoreForTest, type StoreForTest } from './store-for-test.js';

/**
 * The repository specs, written once and run against each backend (PGlite in memory, PostgreSQL): the
 * store is opened once per file and emptied before every spec.
 */
export function describeRepositories(name: string, open: OpenStoreForTest): void {
  describe(`store on ${name}`, () => {
    let opened: StoreForTest | undefined;
    let openError: unknown;
    // A backend that cannot be opened fails every spec with the reason (a failed beforeAll would only skip them).
    const store = (): StoreForTest => {
      if (opened) return opened;
      throw openError instanceof Error ? openError : new Error(`store on ${name} was not opened`);
    };

    beforeAll(async () => {
      try {
        opened = await open();
      } catch (e) {
        openError = e;
      }
    }, 60_000);
    afterAll(async () => {
      await opened?.close();
    }, 60_000);
    beforeEach(async () => {
      await emptyStore(store().db);
    });

    describeOrganisasiRepository(store);
    describePenugasanRepository(store);
    describeKasusRepository(store);
    describeAksesRepository(store);
  });
}
