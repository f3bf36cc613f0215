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
    version: 2,
    name: 'accounts, sessions, access log, login attempts, casus closing dates',
    sql: `
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('beheerder', 'regisseur', 'lezer')),
  person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX users_person ON users(person_id);

-- The cookie holds a random token; only its SHA-256 is stored. Times in epoch milliseconds.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions(user_id);

-- Append-only: no foreign keys (a deleted account keeps its history), triggers refuse changes.
CREATE TABLE access_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user_id TEXT,
  username TEXT,
  action TEXT NOT NULL CHECK (action IN ('view', 'create', 'update', 'delete', 'export', 'login', 'logout')),
  object_type TEXT,
  object_id TEXT,
  casus_code TEXT,
  purpose TEXT,
  result TEXT NOT NULL CHECK (result IN ('success', 'denied', 'failure')),
  status INTEGER,
  request_id TEXT
) STRICT;
CREATE INDEX access_log_at ON access_log(at);
CREATE INDEX access_log_user ON access_log(user_id, at);
CREATE INDEX access_log_object ON access_log(object_type, object_id);
CREATE INDEX access_log_casus ON access_log(casus_code);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only: rows cannot be changed'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only: rows cannot be deleted'); END;

-- Failed logins per key ('user:<name>' or 'ip:<address>'), for rate limiting.
CREATE TABLE login_attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX login_attempts_key ON login_attempts(key, at);

-- When a casus was closed, for the retention period; kept by triggers so every writer agrees.
CREATE TABLE casus_closures (
  opgave_id TEXT PRIMARY KEY REFERENCES opgaven(id) ON DELETE CASCADE,
  closed_at TEXT NOT NULL
) STRICT;
INSERT INTO casus_closures (opgave_id, closed_at)
  SELECT id, updated_at FROM opgaven WHERE kind = 'casus' AND status = 'afgesloten';
CREATE TRIGGER casus_closed_on_insert AFTER INSERT ON opgaven
  WHEN NEW.kind = 'casus' AND NEW.status = 'afgesloten'
BEGIN
  INSERT OR REPLACE INTO casus_closures (opgave_id, closed_at)
    VALUES (NEW.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER casus_closed_on_update AFTER UPDATE OF status, kind ON opgaven
  WHEN NEW.kind = 'casus' AND NEW.status = 'afgesloten'
    AND NOT EXISTS (SELECT 1 FROM casus_closures WHERE opgave_id = NEW.id)
BEGIN
  INSERT INTO casus_closures (opgave_id, closed_at) VALUES (NEW.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER casus_reopened AFTER UPDATE OF status, kind ON opgaven
  WHEN NEW.kind <> 'casus' OR NEW.status <> 'afgesloten'
BEGIN
  DELETE FROM casus_closures WHERE opgave_id = NEW.id;
END;
`,
  },
  {
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
  {
    version: 4,
    name: 'explicit casus teams',
    sql: `
-- Who may see a casus: accounts or people named on it, each for a period. Nothing else opens a
-- casus; editing people, organisations or participants never changes this table.
CREATE TABLE casus_team (
  id TEXT PRIMARY KEY,
  opgave_id TEXT NOT NULL REFERENCES opgaven(id) ON DELETE CASCADE,
  user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
  person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  since TEXT,
  until TEXT,
  added_by TEXT,
  added_at TEXT NOT NULL,
  CHECK ((user_id IS NULL) <> (person_id IS NULL))
) STRICT;
CREATE INDEX casus_team_opgave ON casus_team(opgave_id);
CREATE INDEX casus_team_user ON casus_team(user_id);
CREATE INDEX casus_team_person ON casus_team(person_id);

-- Today's teams keep their access: every path by which an account's person opened a casus (taking
-- part itself, or through an organisation it belonged to) becomes a row for its own period.
INSERT INTO casus_team (id, opgave_id, person_id, since, until, added_by, added_at)
SELECT 'team-' || lower(hex(randomblob(6))), opgave_id, person_id, since, until, NULL,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (
  SELECT DISTINCT pa.opgave_id, pa.actor_id AS person_id, pa.since, pa.until
  FROM participants pa JOIN opgaven o ON o.id = pa.opgave_id
  WHERE o.kind = 'casus' AND pa.actor_id IN (SELECT person_id FROM users WHERE person_id IS NOT NULL)
  UNION
  SELECT DISTINCT pa.opgave_id, m.person_id,
    CASE WHEN pa.since IS NULL THEN m.since WHEN m.since IS NULL THEN pa.since
         WHEN pa.since > m.since THEN pa.since ELSE m.since END,
    CASE WHEN pa.until IS NULL THEN m.until WHEN m.until IS NULL THEN pa.until
         WHEN pa.until < m.until THEN pa.until ELSE m.until END
  FROM participants pa JOIN opgaven o ON o.id = pa.opgave_id
  JOIN memberships m ON m.organisation_id = pa.actor_id
  WHERE o.kind = 'casus' AND m.person_id IN (SELECT person_id FROM users WHERE person_id IS NOT NULL)
)
WHERE since IS NULL OR until IS NULL OR since <= until;
`,
  },
  {
    version: 5,
    name: 'imports you can undo, external ids, tie weights, the domain onbekend',
    sql: `
-- A change set: an import, a merge (later: survey results applied as ties). Undone as a whole.
-- kind is not CHECKed, so a later feature adds its own kind without rebuilding the table.
CREATE TABLE change_sets (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  user_id TEXT,
  username TEXT,
  file_name TEXT,
  format TEXT,
  summary TEXT NOT NULL DEFAULT '{}',
  undone_at TEXT
) STRICT;
CREATE INDEX change_sets_at ON change_sets(at);

-- Every row a change set inserted, updated or deleted, in order; old_row holds the row before the change.
CREATE TABLE change_rows (
  change_set_id TEXT NOT NULL REFERENCES change_sets(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  table_name TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  row_key TEXT NOT NULL,
  old_row TEXT,
  PRIMARY KEY (change_set_id, seq)
) STRICT;
CREATE INDEX change_rows_key ON change_rows(table_name, row_key);

-- The id a file gave a record that was matched to an existing one, so a re-import matches it again.
CREATE TABLE external_ids (
  external_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
  actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  PRIMARY KEY (external_id, kind)
) STRICT;
CREATE INDEX external_ids_actor ON external_ids(actor_id);

-- The weight a tie had in an imported file, before it became a strength 1-5.
ALTER TABLE links ADD COLUMN weight REAL;

INSERT OR IGNORE INTO domains (code, label) VALUES ('onbekend', 'Onbekend (nog toewijzen)');
`,
  },
  {
    version: 6,
    name: 'map layouts',
    sql: `
-- Where each node of a map stands, so a map looks the same on every open, in the presenter and the PDF.
-- One row per map: the whole network (opgave_id NULL) or one opgave, at one level; positions is a JSON
-- object node id -> {x, y}.
CREATE TABLE map_layouts (
  opgave_id TEXT REFERENCES opgaven(id) ON DELETE CASCADE,
  level TEXT NOT NULL CHECK (level IN ('person', 'organisation', 'grouped')),
  positions TEXT NOT NULL CHECK (json_valid(positions)),
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX map_layouts_map ON map_layouts(coalesce(opgave_id, ''), level);
`,
  },
  {
    version: 7,
    name: 'oidc-sign-in',
    sql: `
-- An account signed in through OpenID Connect is known by its provider and subject.
ALTER TABLE users ADD COLUMN oidc_issuer TEXT;
ALTER TABLE users ADD COLUMN oidc_subject TEXT;
CREATE UNIQUE INDEX users_oidc ON users(oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;

-- Sign-ins under way: the SHA-256 of the state, with the nonce and PKCE verifier; each used once.
CREATE TABLE oidc_logins (
  state_hash TEXT PRIMARY KEY,
  nonce TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
`,
  },
  {
    version: 8,
    name: 'netwerkuitvraag: surveys, rosters, respondents with hashed link tokens, answers, applications',
    sql: `
ALTER TABLE people ADD COLUMN email TEXT;

CREATE TABLE surveys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  opgave_id TEXT REFERENCES opgaven(id) ON DELETE CASCADE,
  previous_survey_id TEXT REFERENCES surveys(id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'gesloten')),
  survey_date TEXT NOT NULL,
  closes_on TEXT,
  closed_at TEXT,
  questions TEXT NOT NULL,
  created_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX surveys_opgave ON surveys(opgave_id);

CREATE TABLE survey_roster (
  survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (survey_id, actor_id)
) STRICT;

-- A respondent's link carries a random token of 256 bits; only its SHA-256 is stored.
-- speaks_for: the actor on the roster the respondent answers for (themselves or their organisation).
CREATE TABLE survey_respondents (
  survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  speaks_for TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  token_hash TEXT UNIQUE,
  sent_at TEXT,
  emailed_at TEXT,
  reminded_at TEXT,
  opened_at TEXT,
  answered_at TEXT,
  PRIMARY KEY (survey_id, person_id)
) STRICT;

CREATE TABLE survey_answers (
  survey_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  frequency TEXT NOT NULL CHECK (frequency IN ('wekelijks', 'maandelijks', 'kwartaal', 'zelden')),
  kinds TEXT NOT NULL DEFAULT '[]',
  quality TEXT NOT NULL DEFAULT '{}',
  note TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (survey_id, person_id, actor_id),
  FOREIGN KEY (survey_id, person_id) REFERENCES survey_respondents(survey_id, person_id) ON DELETE CASCADE
) STRICT;

-- One row per application of a survey's result to the network; undone_at marks an undone one.
CREATE TABLE survey_applications (
  id TEXT PRIMARY KEY,
  survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  symmetrize TEXT NOT NULL CHECK (symmetrize IN ('max', 'min', 'none')),
  link_ids TEXT NOT NULL DEFAULT '[]',
  applied_at TEXT NOT NULL,
  applied_by TEXT,
  undone_at TEXT
) STRICT;
CREATE INDEX survey_applications_survey ON survey_applications(survey_id);

ALTER TABLE links ADD COLUMN survey_id TEXT REFERENCES surveys(id) ON DELETE SET NULL;
CREATE INDEX links_survey ON links(survey_id);
`,
  },
  {
    version: 9,
    name: 'netwerkuitvraag: applying a survey is a change set, undone like an import',
    sql: `
-- A survey's result applied to the network is a change set of kind 'survey' (its summary names the
-- survey), so DELETE /api/imports/:id undoes it. The applications recorded so far move there, with
-- their links as inserted rows.
INSERT INTO change_sets (id, kind, at, user_id, username, file_name, format, summary, undone_at)
SELECT a.id, 'survey', a.applied_at, a.applied_by, (SELECT u.username FROM users u WHERE u.id = a.applied_by),
  NULL, NULL,
  json_object('surveyId', a.survey_id, 'survey', s.name, 'date', s.survey_date, 'symmetrize', a.symmetrize,
    'created', json_array_length(a.link_ids), 'ended', 0, 'continued', 0,
    'text', 'Netwerkuitvraag "' || s.name || '" (' || s.survey_date || ') toegepast: ' ||
      json_array_length(a.link_ids) ||
      CASE json_array_length(a.link_ids) WHEN 1 THEN ' verbinding' ELSE ' verbindingen' END ||
      ' (' || a.symmetrize || ').'),
  a.undone_at
FROM survey_applications a JOIN surveys s ON s.id = a.survey_id;
INSERT INTO change_rows (change_set_id, seq, table_name, op, row_key, old_row)
SELECT a.id, j.key + 1, 'links', 'insert', json_array(j.value), NULL
FROM survey_applications a, json_each(a.link_ids) j;
DROP TABLE survey_applications;
CREATE INDEX change_sets_survey ON change_sets(json_extract(summary, '$.surveyId')) WHERE kind = 'survey';
`,
  },
  {
    version: 10,
    name: 'undo may give back a deleted record its own id: the ids deleted, and whose they were',
    sql: `
-- Someone other than a beheerder may only choose a random id (rules.ts), so undoing the delete of a
-- note, view, participation or opgave with an older id (the sample's ann-01) was refused. A deleted
-- id is remembered with the opgave it belonged to, so that whoever may see that opgave may give the
-- record back its id. casus = 1 when the record sat in a casus (or was one).
CREATE TABLE deleted_ids (
  kind TEXT NOT NULL CHECK (kind IN ('opgave', 'participant', 'annotation', 'view')),
  id TEXT NOT NULL,
  opgave_id TEXT,
  casus INTEGER NOT NULL CHECK (casus IN (0, 1)),
  at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;
-- BEFORE the opgave goes, so that its participants, notes and views (removed by the cascade) still
-- find whether it was a casus
CREATE TRIGGER deleted_opgave BEFORE DELETE ON opgaven BEGIN
  INSERT OR REPLACE INTO deleted_ids VALUES ('opgave', OLD.id, OLD.id, OLD.kind = 'casus', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER deleted_participant AFTER DELETE ON participants BEGIN
  INSERT OR REPLACE INTO deleted_ids
  SELECT 'participant', OLD.id, o, COALESCE((SELECT kind = 'casus' FROM opgaven WHERE id = o),
    (SELECT casus FROM deleted_ids WHERE kind = 'opgave' AND id = o), 0), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM (SELECT OLD.opgave_id AS o);
END;
-- a note belongs to its own opgave, the opgave or map it is on, or the opgave of the view it is on
CREATE TRIGGER deleted_annotation AFTER DELETE ON annotations BEGIN
  INSERT OR REPLACE INTO deleted_ids
  SELECT 'annotation', OLD.id, o, COALESCE((SELECT kind = 'casus' FROM opgaven WHERE id = o),
    (SELECT casus FROM deleted_ids WHERE kind = 'opgave' AND id = o), 0), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM (SELECT COALESCE(OLD.opgave_id,
    CASE WHEN OLD.target_type IN ('opgave', 'map') THEN OLD.target_id END,
    CASE WHEN OLD.target_type = 'view' THEN (SELECT opgave_id FROM views WHERE id = OLD.target_id) END) AS o);
END;
CREATE TRIGGER deleted_view AFTER DELETE ON views BEGIN
  INSERT OR REPLACE INTO deleted_ids
  SELECT 'view', OLD.id, o, COALESCE((SELECT kind = 'casus' FROM opgaven WHERE id = o),
    (SELECT casus FROM deleted_ids WHERE kind = 'opgave' AND id = o), 0), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM (SELECT OLD.opgave_id AS o);
END;
`,
  },
];
