import { describeRepositories } from './repositories.contract.js';
import { openPostgresThrowaway, POSTGRES_ADMIN_URL } from './store-for-test.js';

/* Runs against a real server (SK_TEST_POSTGRES_URL, default 127.0.0.1:5432); fails, never skips, without one. */
describeRepositories(`PostgreSQL (${POSTGRES_ADMIN_URL}, throwaway database)`, openPostgresThrowaway);
