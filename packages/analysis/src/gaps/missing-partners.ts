import type { NetworkInput } from '../build-graph.ts';

export interface TemplateRoleInput {
  id?: string;
  label: string;
  orgType?: string | null;
  domain?: string | null;
  minCount?: number;
}

export type RoleStatus = 'missing' | 'below-minimum' | 'single-person' | 'filled';

export interface RoleCoverage {
  roleId: string | null;
  label: string;
  status: RoleStatus;
  /** participant nodes that fill the role */
  participants: string[];
  /** distinct organisations behind them */
  organisations: string[];
  /** participants filling the role who have no tie to any other participant */
  isolated: string[];
}

export interface MissingPartnersResult {
  roles: RoleCoverage[];
  missing: string[];
  singlePerson: string[];
  isolated: string[];
  /** share of template roles with at least one participant, 0..1 (1 for an empty template) */
  coverage: number;
}

const norm = (s: unknown) => (typeof s === 'string' ? s.trim().toLowerCase() : '');

/** Does this node (a person through their organisation, or an organisation) fit a template role? */
export function fillsRole(
  node: { id: string; type?: unknown; domain?: unknown },
  role: TemplateRoleInput,
): boolean {
  if (role.orgType && norm(node.type) !== norm(role.orgType)) return false;
  if (role.domain && norm(node.domain) !== norm(role.domain)) return false;
  return Boolean(role.orgType || role.domain);
}

/**
 * Checks an opgave's participants against its partner template: roles no participant fills, roles
 * resting on a single person, and participants who fill a role but have no tie to any other
 * participant. Reads node attributes `participant`, `kind`, `type`, `domain` and `organisationId`.
 */
export function missingPartners(
  network: NetworkInput,
  roles: readonly TemplateRoleInput[],
): MissingPartnersResult {
  const participants = network.nodes.filter((n) => n.participant === true);
  const participantIds = new Set(participants.map((n) => n.id));
  const tiedToParticipant = new Set<string>();
  for (const e of network.edges) {
    if (e.source !== e.target && participantIds.has(e.source) && participantIds.has(e.target)) {
      tiedToParticipant.add(e.source);
      tiedToParticipant.add(e.target);
    }
  }
  const coverage: RoleCoverage[] = roles.map((role) => {
    const fill = participants.filter((n) => fillsRole(n, role));
    const organisations = [
      ...new Set(fill.map((n) => (n.kind === 'organisation' ? n.id : String(n.organisationId ?? n.id)))),
    ].sort();
    const people = fill.filter((n) => n.kind === 'person');
    let status: RoleStatus = 'filled';
    if (fill.length === 0) status = 'missing';
    else if (organisations.length < (role.minCount ?? 1)) status = 'below-minimum';
    else if (people.length === 1 && fill.length === 1) status = 'single-person';
    return {
      roleId: role.id ?? null,
      label: role.label,
      status,
      participants: fill.map((n) => n.id).sort(),
      organisations,
      isolated:
        participants.length > 1
          ? fill
              .filter((n) => !tiedToParticipant.has(n.id))
              .map((n) => n.id)
              .sort()
          : [],
    };
  });
  const filled = coverage.filter((r) => r.status !== 'missing').length;
  return {
    roles: coverage,
    missing: coverage.filter((r) => r.status === 'missing').map((r) => r.label),
    singlePerson: coverage.filter((r) => r.status === 'single-person').map((r) => r.label),
    isolated: [...new Set(coverage.flatMap((r) => r.isolated))].sort(),
    coverage: roles.length ? filled / roles.length : 1,
  };
}
