import { todayInVietnam } from '@hoanhap/shared';
import type { FormEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { BackBar } from './back-bar';
import s from './phone.module.css';
import { type Change, phoneStore } from './store';
import { enqueue } from './sync';
import { useSync } from './sync-context';

/**
 * A phone form's one way to save: the change goes into the device's outbox first (so nothing is
 * lost without a network), the person's card opens again, and it is sent now if the network is there.
 */
export function useSaveChange(personId: string) {
  const navigate = useNavigate();
  const { online, sync } = useSync();
  return async (change: Change) => {
    await enqueue(phoneStore(), personId, change);
    navigate(`/people/${personId}`);
    if (online) void sync();
  };
}

/** A phone form's frame: back to the person's card, a title, the fields and the save button. */
export function OutboxForm(props: {
  personId: string;
  title: string;
  subtitle?: string;
  saveLabel: string;
  onSubmit: () => Promise<void>;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void props.onSubmit();
  };
  return (
    <main className={s.page}>
      <BackBar to={`/people/${props.personId}`} />
      <h1 className={s.title}>{props.title}</h1>
      {props.subtitle && <p className={s.muted}>{props.subtitle}</p>}
      <form onSubmit={submit} className={s.form}>
        {props.children}
        <button type="submit" className={s.primary}>
          {props.saveLabel}
        </button>
      </form>
    </main>
  );
}

/** A day that has happened (a contact, a support started or done): today at the latest. */
export function PastDateField(props: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label className={s.field}>
      {props.label}
      <input
        className={s.input}
        type="date"
        required
        max={todayInVietnam()}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

/** Free text, as long as the API takes it. */
export function NotesField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  maxLength: number;
}) {
  return (
    <label className={s.field}>
      {props.label}
      <textarea
        className={s.input}
        rows={props.rows}
        maxLength={props.maxLength}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
