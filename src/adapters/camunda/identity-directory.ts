import { GROUP_TEKNIS, type IdentityDirectory } from '../../application/sinkron-identitas.js';
import type { CamundaRest } from './camunda-rest.js';

/** Camunda authorization resource types (docs: user-guide/process-engine/authorization-service). */
const RESOURCE_APPLICATION = 0;
const RESOURCE_FILTER = 5;
const RESOURCE_PROCESS_DEFINITION = 6;
const RESOURCE_PROCESS_INSTANCE = 8;
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

    async ensureTenant(tenant) {
      if (await rest.tenantExists(tenant.id)) return;
      await rest.createTenant(tenant);
      // The workers serve every instansi's tenant (F3); for tenants made at start-up see akun-teknis.ts.
      await rest.addTenantGroupMember(tenant.id, GROUP_TEKNIS.id);
    },

    async users() {
      return new Map((await rest.allUsers({})).map((u) => [u.id, { id: u.id, firstName: u.firstName ?? '', lastName: u.lastName ?? '' }]));
    },

    createUser: (user, initialPassword) => rest.createUser(user, initialPassword),
    updateUserProfile: (user) => rest.updateUserProfile(user),
    setPassword: (userId, password) => rest.updatePassword(userId, password),

    async removeGroupMembers(groupId, userIds) {
      const current = (await rest.allUsers({ memberOfGroup: groupId })).map((u) => u.id);
      const removed = current.filter((id) => userIds.has(id));
      for (const id of removed) await rest.removeGroupMember(groupId, id);
      return removed;
    },

    async setGroupMembers(groupId, userIds) {
      const current = new Set((await rest.allUsers({ memberOfGroup: groupId })).map((u) => u.id));
      const { added, removed } = diff(current, userIds);
      for (const id of added) await rest.addGroupMember(groupId, id);
      for (const id of removed) await rest.removeGroupMember(groupId, id);
      return { added, removed };
    },

    async setTenantMembers(tenantId, userIds) {
      const current = new Set((await rest.allUsers({ memberOfTenant: tenantId })).map((u) => u.id));
      const { added, removed } = diff(current, userIds);
      for (const id of added) await rest.addTenantMember(tenantId, id);
      for (const id of removed) await rest.removeTenantMember(tenantId, id);
      return { added, removed };
    },

    async ensureTasklistAccess(groupId) {
      await ensureGrant(groupId, RESOURCE_APPLICATION, 'tasklist', ['ACCESS']);
      // "Mulai proses" in Tasklist: a pegawai may start our processes (who may do what is checked by the workers).
      await ensureGrant(groupId, RESOURCE_PROCESS_DEFINITION, '*', ['READ', 'CREATE_INSTANCE']);
      await ensureGrant(groupId, RESOURCE_PROCESS_INSTANCE, '*', ['CREATE']);
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

function diff(current: ReadonlySet<string>, wanted: ReadonlySet<string>): { added: string[]; removed: string[] } {
  return { added: [...wanted].filter((id) => !current.has(id)), removed: [...current].filter((id) => !wanted.has(id)) };
}
