import type { EndorseMemberInput } from '../../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../../shared/policies.js';
import { AppError, notFound } from '../../../core/errors.js';
import { isDelegateCandidate } from '../../registration/candidates.service.js';
import * as repo from '../delegations.repo.js';
import { withPeople } from '../delegations.view.js';
import { type WorkspaceRequest, workspaceOf, workspaceOperation } from './workspace.service.js';

/**
 * Endorses a delegate registration of the delegation's country as a member (or changes its
 * role). At most one head; endorsing the head confirms the delegation's participation.
 */
export async function endorseMember(options: WorkspaceRequest & { input: EndorseMemberInput }) {
  const { actor, input } = options;
  return workspaceOperation(options, DELEGATION_POLICY.endorseMember, async ({ tx, event, delegation, audit }) => {
    const existing = await repo.findMemberByRegistration(tx, input.registrationId);
    if (existing && existing.delegationId !== delegation.id) {
      throw new AppError('delegation.member_elsewhere', 'This person is a member of another delegation.', [
        { field: 'registrationId', code: 'field.taken', message: 'is a member of another delegation' },
      ]);
    }
    if (!existing && !(await isDelegateCandidate(tx, event.id, delegation, input.registrationId))) {
      throw new AppError(
        'delegation.not_a_candidate',
        "This is not a delegate registration of the delegation's country.",
        [
          {
            field: 'registrationId',
            code: 'field.not_found',
            message: "is not a delegate registration of the delegation's country",
          },
        ],
      );
    }
    if (input.role === 'head') {
      const members = await withPeople(tx, await repo.listMembers(tx, [delegation.id]));
      const head = members.find((m) => m.member.role === 'head' && m.member.registrationId !== input.registrationId);
      if (head) {
        throw new AppError('delegation.head_taken', 'The delegation has a head already; change their role first.', [
          { field: 'role', code: 'field.taken', message: 'the delegation has a head already' },
        ]);
      }
    }
    const member = await repo.upsertMember(tx, {
      delegationId: delegation.id,
      registrationId: input.registrationId,
      role: input.role,
      rank: input.rank ?? null,
      endorsedAt: new Date(),
      endorsedBy: actor.accountId,
    });
    const isConfirming = input.role === 'head' && delegation.confirmedAt === null;
    const row = isConfirming ? await repo.updateDelegation(tx, delegation.id, { confirmedAt: new Date() }) : delegation;
    await audit({
      action: 'delegation.member_endorsed',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: {
        memberId: member.id,
        registrationId: member.registrationId,
        role: member.role,
        rank: member.rank,
        isConfirming,
      },
    });
    return workspaceOf(tx, event, row);
  });
}

/** A member leaves the delegation; their registration stays. */
export async function removeMember(options: WorkspaceRequest & { memberId: string }) {
  return workspaceOperation(options, DELEGATION_POLICY.removeMember, async ({ tx, event, delegation, audit }) => {
    const member = await repo.findMember(tx, delegation.id, options.memberId);
    if (!member) throw notFound('member', 'delegation.member_not_found');
    await repo.deleteMember(tx, member.id);
    await audit({
      action: 'delegation.member_removed',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: { memberId: member.id, registrationId: member.registrationId, role: member.role },
    });
    return workspaceOf(tx, event, delegation);
  });
}
