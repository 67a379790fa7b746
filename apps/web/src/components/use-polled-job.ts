import { type JobStatus, jobFinished } from '@hoanhap/shared';
import { useCallback, useEffect, useRef, useState } from 'react';

/** How often a running job is asked how far it is. */
export const JOB_POLL_MS = 1000;

export type PolledJobState<Job> =
  | { step: 'idle' }
  | { step: 'starting' }
  /** The job as last polled: running, or finished (SUCCEEDED, FAILED, CANCELLED). */
  | { step: 'job'; job: Job }
  /** The start was refused (FORBIDDEN, BAD_USER_INPUT…) or never answered. */
  | { step: 'refused'; error: unknown }
  /** The job runs on, but this page can no longer follow it (network, session). */
  | { step: 'lost' };

/**
 * A job on the API's queue started from a button (an export, a person's archive): `begin` starts
 * it, then it is read again every `JOB_POLL_MS` with `read` until it has finished, and no longer
 * once the component is gone (the job goes on regardless). `show` puts in an answer that came
 * another way (a cancellation's).
 */
export function usePolledJob<Job extends { id: string; status: JobStatus }>(read: (id: string) => Promise<Job | null>) {
  const [state, setState] = useState<PolledJobState<Job>>({ step: 'idle' });
  const job = state.step === 'job' ? state.job : null;
  const running = job !== null && !jobFinished(job.status);
  // The latest reader, without restarting the polling loop when the caller passes a new function.
  const reader = useRef(read);
  reader.current = read;

  const begin = useCallback(async (start: () => Promise<Job | null | undefined>) => {
    setState({ step: 'starting' });
    try {
      const started = await start();
      setState(started ? { step: 'job', job: started } : { step: 'refused', error: null });
    } catch (error) {
      setState({ step: 'refused', error });
    }
  }, []);

  const show = useCallback((next: Job) => setState({ step: 'job', job: next }), []);

  // The same id from QUEUED to the end: one polling loop per job, whatever each answer holds.
  const jobId = running ? job.id : null;
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await reader.current(jobId);
        if (stopped) return;
        setState(next ? { step: 'job', job: next } : { step: 'lost' });
        if (next && !jobFinished(next.status)) timer = setTimeout(poll, JOB_POLL_MS);
      } catch {
        if (!stopped) setState({ step: 'lost' });
      }
    };
    timer = setTimeout(poll, JOB_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  return { state, job, running, begin, show };
}
