/**
 * Versioned schema migrations. Append only: a released migration is never edited.
 * Actors (people and organisations) share one id space through the `actors` table, so links
 * and participants can point at either kind with a real foreign key.
 */
export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE domains (
  code TEXT PRIMARY KEY,
  label TEXT NOT NULL
) STRICT;

CREATE TABLE link_kinds (
  code TEXT PRIMARY KEY,
  label TEXT NOT NULL
) STRICT;

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation'))
) STRICT;

CREATE TABLE organisations (
  id TEXT PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  short_name TEXT,
  domain TEXT NOT NULL REFERENCES domains(code),
  type TEXT NOT NULL,
  parent_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
  region TEXT,
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX organisations_domain ON organisations(domain);
CREATE INDEX organisations_parent ON organisations(parent_id);

CREATE TABLE people (
  id TEXT PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  function TEXT,
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE memberships (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
  role TEXT,
  since TEXT,
  until TEXT,
  CHECK (since IS NULL OR until IS NULL OR since <= until)
) STRICT;
CREATE INDEX memberships_person ON memberships(person_id);
CREATE INDEX memberships_organisation ON memberships(organisation_id);

CREATE TABLE links (
  id TEXT PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES actors(id) ON DELETE RESTRICT,
  target_id TEXT NOT NULL REFERENCES actors(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL REFERENCES link_kinds(code),
  strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
  directed INTEGER NOT NULL CHECK (directed IN (0, 1)),
  since TEXT,
  until TEXT,
  source TEXT CHECK (source IN ('observed', 'self-reported', 'document')),
  recorded_by TEXT,
  confidence TEXT CHECK (confidence IN ('laag', 'middel', 'hoog')),
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (source_id <> target_id),
  CHECK (since IS NULL OR until IS NULL OR since <= until)
) STRICT;
CREATE INDEX links_source ON links(source_id);
CREATE INDEX links_target ON links(target_id);

CREATE TABLE templates (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE template_roles (
  id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  org_type TEXT,
  domain TEXT REFERENCES domains(code),
  min_count INTEGER NOT NULL DEFAULT 1 CHECK (min_count >= 1),
  CHECK (org_type IS NOT NULL OR domain IS NOT NULL)
) STRICT;
CREATE INDEX template_roles_template ON template_roles(template_id);

CREATE TABLE opgaven (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT,
  level TEXT NOT NULL CHECK (level IN ('regionaal', 'lokaal', 'individueel')),
  kind TEXT NOT NULL CHECK (kind IN ('opgave', 'casus')),
  code TEXT UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('verkenning', 'actief', 'gepauzeerd', 'afgesloten')),
  template_id TEXT REFERENCES templates(id) ON DELETE SET NULL,
  region TEXT,
  since TEXT,
  until TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (kind <> 'casus' OR code IS NOT NULL)
) STRICT;

CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  opgave_id TEXT NOT NULL REFERENCES opgaven(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('regisseur', 'kernpartner', 'partner', 'uitvoerder', 'adviseur')),
  since TEXT,
  until TEXT,
  note TEXT,
  UNIQUE (opgave_id, actor_id, role)
) STRICT;
CREATE INDEX participants_opgave ON participants(opgave_id);
CREATE INDEX participants_actor ON participants(actor_id);

CREATE TABLE annotations (
  id TEXT PRIMARY KEY,
  target_type TEXT NOT NULL,
  target_id TEXT NOT NULL,
  opgave_id TEXT REFERENCES opgaven(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]',
  author TEXT,
  is_action INTEGER NOT NULL DEFAULT 0 CHECK (is_action IN (0, 1)),
  action_status TEXT CHECK (action_status IN ('open', 'done')),
  owner TEXT,
  due TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX annotations_target ON annotations(target_type, target_id);
CREATE INDEX annotations_opgave ON annotations(opgave_id);

CREATE TABLE views (
  id TEXT PRIMARY KEY,
  opgave_id TEXT REFERENCES opgaven(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  caption TEXT,
  positions TEXT NOT NULL DEFAULT '{}',
  filters TEXT NOT NULL DEFAULT '{}',
  styling TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX views_opgave ON views(opgave_id);
`,
  },
  {
    // Version 2 is reserved for accounts, sessions and the access log.
    version: 3,
    name: 'presentations',
    sql: `
CREATE TABLE presentations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  purpose TEXT,
  raad INTEGER NOT NULL DEFAULT 1 CHECK (raad IN (0, 1)),
  steps TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`,
  },
];
