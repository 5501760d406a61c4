import type { IdentityDirectory } from '../../application/sinkron-identitas.js';
import type { CamundaRest } from './camunda-rest.js';

/** Camunda authorization resource types (docs: user-guide/process-engine/authorization-service). */
const RESOURCE_APPLICATION = 0;
const RESOURCE_FILTER = 5;
const GRANT = 1;
export const FILTER_TUGAS_SAYA = 'Tugas Saya';

export function createIdentityDirectory(rest: CamundaRest): IdentityDirectory {
  const ensureGrant = async (groupId: string, resourceType: number, resourceId: string, permissions: string[]) => {
    const existing = await rest.authorizations({ resourceType, resourceId, groupIdIn: groupId });
    if (existing.length === 0) await rest.createAuthorization({ type: GRANT, permissions, groupId, resourceType, resourceId });
  };

  return {
    async ensureGroup(group) {
      if (!(await rest.groupExists(group.id))) await rest.createGroup({ ...group, type: 'SISTEM_KERJA' });
    },

    async ensureUser(user, initialPassword) {
      if (await rest.userExists(user.id)) {
        await rest.updateUserProfile(user);
        return 'diperbarui';
      }
      await rest.createUser(user, initialPassword);
      return 'dibuat';
    },

    async setGroupMembers(groupId, userIds) {
      const current = await rest.groupMemberIds(groupId);
      const added = [...userIds].filter((id) => !current.has(id));
      const removed = [...current].filter((id) => !userIds.has(id));
      for (const id of added) await rest.addGroupMember(groupId, id);
      for (const id of removed) await rest.removeGroupMember(groupId, id);
      return { added, removed };
    },

    async ensureTasklistAccess(groupId) {
      await ensureGrant(groupId, RESOURCE_APPLICATION, 'tasklist', ['ACCESS']);
      const filters = await rest.filters(FILTER_TUGAS_SAYA);
      const filterId = filters[0]?.id ?? (await rest.createFilter({
        name: FILTER_TUGAS_SAYA,
        query: { assigneeExpression: '${currentUser()}' },
        properties: {
          description: 'Tugas yang ditugaskan kepada saya',
          priority: -10,
          refresh: true,
          variables: [
            { name: 'pegawaiNama', label: 'Pegawai' },
            { name: 'periodePenugasan', label: 'Periode' },
          ],
        },
      })).id;
      await ensureGrant(groupId, RESOURCE_FILTER, filterId, ['READ']);
    },
  };
}
