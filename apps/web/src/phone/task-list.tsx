import { formatDateVi } from '@hoanhap/shared';
import { Link } from 'react-router';
import s from './phone.module.css';
import type { StoredTask } from './store';
import { useTexts } from './use-texts';

/**
 * The user's open tasks on the home screen. A task about a person opens their card: from the
 * device for a helper, read online for an officer (use-person.ts).
 */
export function TaskList({ tasks }: { tasks: StoredTask[] | undefined }) {
  const { t } = useTexts();
  return (
    <>
      <h2 className={s.subtitle}>{t('home.tasks')}</h2>
      {tasks?.length === 0 && <p className={s.muted}>{t('home.noTasks')}</p>}
      <ul className={s.list}>
        {(tasks ?? []).map((task) => {
          const text = (
            <>
              <span>{task.title}</span>
              <span className={s.muted}>{t('home.due', { date: formatDateVi(task.dueOn) })}</span>
            </>
          );
          return (
            <li key={task.id}>
              {task.returnee ? (
                <Link to={`/people/${task.returnee.id}`} className={s.card}>
                  {text}
                </Link>
              ) : (
                <div className={s.card}>{text}</div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
