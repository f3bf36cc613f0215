import { type CasusTeamMember, type CasusTeamMemberCreate, CasusTeamMemberSchema } from '@regiekaart/model';
import { queryOptions } from '@tanstack/react-query';
import { getJson, itemsOf } from '../../api/client.ts';
import { entityPath, send } from '../../api/write.ts';

const TeamSchema = itemsOf(CasusTeamMemberSchema.array());
const teamPath = (opgaveId: string) => `${entityPath('opgaven', opgaveId)}/team`;

/** Who may see a casus. */
export function casusTeamQuery(opgaveId: string) {
  return queryOptions({
    queryKey: ['opgaven', opgaveId, 'team'] as const,
    queryFn: ({ signal }) => getJson(teamPath(opgaveId), { schema: TeamSchema, signal }),
  });
}

export async function addTeamMember(opgaveId: string, body: CasusTeamMemberCreate): Promise<CasusTeamMember> {
  return CasusTeamMemberSchema.parse(await send({ method: 'POST', path: teamPath(opgaveId), body }));
}

export async function removeTeamMember(opgaveId: string, memberId: string): Promise<void> {
  await send({ method: 'DELETE', path: `${teamPath(opgaveId)}/${encodeURIComponent(memberId)}` });
}
