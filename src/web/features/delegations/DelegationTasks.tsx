import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DelegationTaskKind, DelegationTasks as Tasks } from '../../../shared/dashboard.js';
import { pagePath } from '../../../shared/routes.js';
import { InstantTimes } from '../../ui/InstantTimes.js';
import { LoadError, Loading } from '../../ui/States.js';
import { useDelegationTasks } from './api.js';

/** Where the focal point does each task: on this page, in the outcome, in the commitments. */
function taskPath(slug: string, id: string, kind: DelegationTaskKind): string {
  if (kind === 'choose_theme') return '#theme-title';
  if (kind === 'send_statement') return '#statement-title';
  if (kind === 'speaking_slot') return pagePath('delegations', { slug });
  if (kind === 'report_commitments') return pagePath('delegationCommitments', { slug, id });
  return pagePath('delegationOutcome', { slug, id });
}

/** A speaking slot is a fact to know, not a thing to do. */
const stateOf = (task: Tasks['tasks'][number]) =>
  task.kind === 'speaking_slot' ? 'set' : task.isDone ? 'done' : 'open';

interface TaskProps {
  task: Tasks['tasks'][number];
  timeZone: string;
  slug: string;
  delegationId: string;
}

function Task({ task, timeZone, slug, delegationId }: TaskProps) {
  const { t } = useTranslation();
  const label = t(`dashboard.tasks.kind.${task.kind}`, { count: task.count ?? 0 });
  const to = taskPath(slug, delegationId, task.kind);
  return (
    <li className={task.isDone ? 'task is-done' : 'task'}>
      <span className="task-state">{t(`dashboard.tasks.${stateOf(task)}`)}</span>
      <span className="task-body">
        {to.startsWith('#') ? <a href={to}>{label}</a> : <Link to={to}>{label}</Link>}
        {task.dueAt && (
          <span className="task-due">
            {t('dashboard.tasks.due')}: <InstantTimes at={task.dueAt} eventTimeZone={timeZone} />
          </span>
        )}
      </span>
    </li>
  );
}

/** The delegation's open tasks and deadlines, open ones first and the soonest due first among them. */
export function DelegationTasks({ slug, delegationId }: { slug: string; delegationId: string }) {
  const { t } = useTranslation();
  const tasks = useDelegationTasks(slug, delegationId);
  const ordered = [...(tasks.data?.tasks ?? [])].sort(
    (a, b) => Number(a.isDone) - Number(b.isDone) || (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9'),
  );
  return (
    <section aria-labelledby="tasks-title" className="card delegation-tasks">
      <h2 id="tasks-title">{t('dashboard.tasks.title')}</h2>
      <p>{t('dashboard.tasks.intro')}</p>
      {tasks.isPending && <Loading />}
      {tasks.isError && <LoadError error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data && (
        <ul className="tasks">
          {ordered.map((task) => (
            <Task key={task.kind} task={task} timeZone={tasks.data.timeZone} slug={slug} delegationId={delegationId} />
          ))}
        </ul>
      )}
    </section>
  );
}
