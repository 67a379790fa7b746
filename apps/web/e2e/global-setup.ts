import { msUntilNextVietnamDay } from '@hoanhap/shared';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestProject } from 'vitest/node';
import { startApiServer } from '../scripts/api-server.mjs';

/** Longer than a whole browser test run takes on a slow machine. */
const RUN_MARGIN_MS = 20 * 60_000;

/** Starts the real API (which serves the built app) on a free port with fresh demo data. */
export default async function setup(project: TestProject) {
  // Tests compare "today" in Việt Nam with the dates the app shows: a run must not see the day
  // change half-way, so one started just before midnight there waits for it.
  const untilMidnight = msUntilNextVietnamDay();
  if (untilMidnight < RUN_MARGIN_MS) {
    console.warn(`waiting ${Math.ceil(untilMidnight / 1000)} s for midnight in Việt Nam before starting`);
    await sleep(untilMidnight + 1000);
  }
  const server = await startApiServer();
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
