import type { Page, Template, TemplateCreate, TemplateRoleInput, TemplateUpdate } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/problem.ts';
import { templatesTable as table, templateRolesTable } from '../repos/tables.ts';
import { newId, now } from './ids.ts';
import { assertNewId, RefCheck } from './refs.ts';

function rolesOf(db: Db, templateId: string): Template['roles'] {
  return templateRolesTable.list(db, { where: { templateId }, limit: 1000, offset: 0 }).items.map((r) => ({
    id: String(r.id),
    label: String(r.label),
    orgType: (r.orgType as string | null) ?? null,
    domain: (r.domain as string | null) ?? null,
    minCount: Number(r.minCount),
  }));
}

export function listTemplates(
  db: Db,
  f: { q?: string | undefined; limit: number; offset: number },
): Page<Template> {
  const { items, total } = table.list(db, { q: f.q, limit: f.limit, offset: f.offset });
  return {
    items: items.map((t) => ({ ...(t as Omit<Template, 'roles'>), roles: rolesOf(db, String(t.id)) })),
    total,
    limit: f.limit,
    offset: f.offset,
  };
}

export function getTemplate(db: Db, id: string): Template {
  const row = table.get(db, id);
  if (!row) throw notFound('Partnersjabloon', id);
  return { ...(row as Omit<Template, 'roles'>), roles: rolesOf(db, id) };
}

function checkRoles(db: Db, roles: TemplateRoleInput[] | undefined): void {
  const check = new RefCheck(db);
  roles?.forEach((r, i) => {
    check.require(`roles.${i}.domain`, 'domains', r.domain);
  });
  check.throwIfAny();
}

function writeRoles(db: Db, templateId: string, roles: TemplateRoleInput[]): void {
  db.prepare('DELETE FROM template_roles WHERE template_id = ?').run(templateId);
  roles.forEach((r, position) => {
    templateRolesTable.insert(db, { ...r, id: `${templateId}:${position + 1}`, templateId, position });
  });
}

export function createTemplate(db: Db, input: TemplateCreate): Template {
  return db.transaction(() => {
    const id = input.id ?? newId('tpl');
    assertNewId(db, 'templates', id);
    checkRoles(db, input.roles);
    const stamp = now();
    const { roles, ...fields } = input;
    table.insert(db, { ...fields, id, createdAt: stamp, updatedAt: stamp });
    writeRoles(db, id, roles);
    return getTemplate(db, id);
  })();
}

export function updateTemplate(db: Db, id: string, patch: TemplateUpdate): Template {
  return db.transaction(() => {
    getTemplate(db, id);
    checkRoles(db, patch.roles);
    const { roles, ...fields } = patch;
    table.update(db, id, { ...fields, updatedAt: now() });
    if (roles) writeRoles(db, id, roles);
    return getTemplate(db, id);
  })();
}

export function deleteTemplate(db: Db, id: string): void {
  db.transaction(() => {
    getTemplate(db, id);
    db.prepare("DELETE FROM annotations WHERE target_type = 'template' AND target_id = ?").run(id);
    table.remove(db, id);
  })();
}
