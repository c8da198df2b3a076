"use client";

import { useEffect, useMemo, useState } from "react";

import type { ReviewItem, ScheduledQuestion } from "@/lib/review/schedule";

import { useAttempts, useProgressHydrated } from "../progress/use-progress";

export interface DueState {
  /** False until saved progress is read and the schedule built. */
  ready: boolean;
  /** Due by the end of today, most overdue first. */
  due: ScheduledQuestion[];
  /** Questions with a schedule at all. */
  scheduled: number;
  /** When the next one falls due after today (ISO). */
  next?: string;
}

const NOTHING: DueState = { ready: false, due: [], scheduled: 0 };
const EMPTY: DueState = { ready: true, due: [], scheduled: 0 };

type Scheduler = typeof import("@/lib/review/schedule");

/**
 * The learner's spaced-review schedule for `items`, rebuilt from their attempts whenever those
 * change. The scheduler (ts-fsrs) is loaded only once there are attempts to schedule, so a first
 * visit carries none of it.
 */
export function useDue(items: readonly ReviewItem[]): DueState {
  const hydrated = useProgressHydrated();
  const attempts = useAttempts();
  const [scheduler, setScheduler] = useState<Scheduler>();
  const needed = hydrated && attempts.length > 0;
  useEffect(() => {
    if (!needed || scheduler) return;
    let live = true;
    void import("@/lib/review/schedule").then((module) => {
      if (live) setScheduler(module);
    });
    return () => {
      live = false;
    };
  }, [needed, scheduler]);
  return useMemo(() => {
    if (!hydrated) return NOTHING;
    if (attempts.length === 0) return EMPTY;
    if (!scheduler) return NOTHING;
    const now = new Date();
    const schedule = scheduler.buildSchedule(attempts, items);
    return {
      ready: true,
      due: scheduler.dueQuestions(schedule, now),
      scheduled: schedule.size,
      next: scheduler.nextDue(schedule, now),
    };
  }, [hydrated, attempts, items, scheduler]);
}
