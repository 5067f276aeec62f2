/**
 * The tables the data layer queries: SQLite's (db/schema.sqlite.ts) or, when this process runs on
 * PostgreSQL (db/kind.ts), their PostgreSQL twins (db/schema.pg.ts). One static type for both, SQLite's:
 * tests/schema-parity.test.ts keeps the twins column for column equal (same names, nullability, keys,
 * and types that read back as the same JavaScript values: numbers, booleans, JSON objects).
 */
import * as sqlite from "./schema.sqlite";
import * as postgres from "./schema.pg";
import { engineKind } from "./kind";

const chosen = (engineKind() === "postgres" ? postgres : sqlite) as unknown as typeof sqlite;

export { roles, type Role } from "./schema.sqlite";
export type { User, CaseRow, CaseVersionRow, Cohort, Assignment, Attempt, ResponseRow, AuditRow, ReviewCardRow } from "./schema.sqlite";

export const users = chosen.users;
export const revokedSessions = chosen.revokedSessions;
export const passwordResets = chosen.passwordResets;
export const loginFailures = chosen.loginFailures;
export const cases = chosen.cases;
export const caseVersions = chosen.caseVersions;
export const cohorts = chosen.cohorts;
export const cohortMembers = chosen.cohortMembers;
export const assignments = chosen.assignments;
export const attempts = chosen.attempts;
export const responses = chosen.responses;
export const investigationRequests = chosen.investigationRequests;
export const representationChecks = chosen.representationChecks;
export const stageVisits = chosen.stageVisits;
export const auditLog = chosen.auditLog;
export const reviewCards = chosen.reviewCards;
export const reviewLogs = chosen.reviewLogs;
