import type { DelegationTasks } from '../../../shared/dashboard.js';
import type { AmendmentView } from '../../../shared/outcome.js';
import { DASHBOARD_POLICY } from '../../../shared/policies.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { listOwn } from '../commitments/tracker/tracker.service.js';
import { readWorkspace } from '../delegations/focal-point/workspace.service.js';
import { eventRead } from '../events/operation.service.js';
import { readAdoptionBoard } from '../outcome/adoption.service.js';
import { readWorking } from '../outcome/outcome.service.js';

type Task = DelegationTasks['tasks'][number];

interface TasksRequest {
  db: Db;
  actor: Actor;
  slug: string;
  delegationId: string;
  now?: Date;
}

/** Another delegation's amendment still open, on which this one has said nothing yet. */
const awaitsPosition = (delegationId: string) => (a: AmendmentView) =>
  a.status === 'proposed' &&
  a.delegationId !== delegationId &&
  !a.support.includes(delegationId) &&
  !a.objections.includes(delegationId);

const soonest = (dates: string[]) => dates.reduce<string | null>((min, d) => (min === null || d < min ? d : min), null);

/** The delegation's open tasks and their deadlines, each read from the module that owns it. */
export async function readDelegationTasks(request: TasksRequest): Promise<DelegationTasks> {
  const { delegationId } = request;
  const event = await eventRead({
    ...request,
    may: DASHBOARD_POLICY.readDelegationTasks,
    params: { id: delegationId },
  });
  const [workspace, working, board, commitments] = await Promise.all([
    readWorkspace(request),
    readWorking(request),
    readAdoptionBoard(request),
    listOwn(request),
  ]);
  const { delegation, settings } = workspace;
  const statementDue = settings.statementDeadline;
  const tasks: Task[] = [];
  if (workspace.themes.length > 0)
    tasks.push({ kind: 'choose_theme', isDone: delegation.theme !== null, dueAt: statementDue, count: null });
  tasks.push({ kind: 'send_statement', isDone: delegation.hasStatement, dueAt: statementDue, count: null });
  tasks.push({ kind: 'speaking_slot', isDone: true, dueAt: null, count: delegation.speakingOrder });
  if (working.stage === 'amendments') {
    const own = working.amendments.filter((a) => a.delegationId === delegationId).length;
    tasks.push({ kind: 'propose_amendments', isDone: own > 0, dueAt: working.amendmentDeadline, count: own });
  }
  if (working.stage === 'amendments' || working.stage === 'negotiation') {
    const waiting = working.amendments.filter(awaitsPosition(delegationId)).length;
    if (waiting > 0) tasks.push({ kind: 'take_positions', isDone: false, dueAt: null, count: waiting });
  }
  const answer = board.delegations.find((d) => d.id === delegationId);
  if (working.stage === 'adoption' && answer)
    tasks.push({ kind: 'answer_adoption', isDone: answer.choice !== null, dueAt: board.deadline, count: null });
  const due = commitments.flatMap((c) => (c.standing.nextDue ? [c.standing.nextDue] : []));
  if (due.length > 0) tasks.push({ kind: 'report_commitments', isDone: false, dueAt: soonest(due), count: due.length });
  return { timeZone: event.timeZone, tasks };
}
