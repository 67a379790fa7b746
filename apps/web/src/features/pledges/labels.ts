import {
  DOCUMENT_KIND_LABELS as DOCUMENT_KINDS,
  type Label,
  MODEL_STATUS_LABELS as MODEL_STATUSES,
  REVIEW_KIND_LABELS as REVIEW_KINDS,
  TARGET_DIRECTION_LABELS as TARGET_DIRECTIONS,
  TARGET_KIND_LABELS as TARGET_KINDS,
} from '@hoanhap/shared';

// The labels live in @hoanhap/shared; these views take the plain strings GraphQL answers with.
export const DOCUMENT_KIND_LABELS: Record<string, Label> = DOCUMENT_KINDS;
export const MODEL_STATUS_LABELS: Record<string, Label> = MODEL_STATUSES;
export const TARGET_KIND_LABELS: Record<string, Label> = TARGET_KINDS;
export const TARGET_DIRECTION_LABELS: Record<string, Label> = TARGET_DIRECTIONS;
export const REVIEW_KIND_LABELS: Record<string, Label> = REVIEW_KINDS;
