import { PG_ADMIN_URL } from '../../support/postgres.js';
import { describeRepositories } from './repositories.contract.js';
import { openPostgresThrowaway } from './store-for-test.js';

/* Runs against a real server (SK_TEST_PG_URL, default 127.0.0.1:5432); fails, never skips, without one. */
describeRepositories(`PostgreSQL (${PG_ADMIN_URL}, throwaway database)`, openPostgresThrowaway);
