import { seededRandom } from '@regiekaart/analysis';
import { importDataset, openDatabase } from '@regiekaart/api';
import { type DatasetInput, DatasetSchema } from '@regiekaart/model';

// a generated network for the render bench and the large-map browser test (not a bench: run.ts skips it)
const DOMAINS = ['zorg', 'veiligheid', 'sociaal_domein', 'justitie', 'bestuur', 'wonen'] as const;
const KINDS = ['casusoverleg', 'overleg', 'informeel', 'doorverwijzing'] as const;

/**
 * `people` professionals in `organisations` organisations; each person has ties to a few colleagues
 * and, less often, to people elsewhere, so the network has clusters and brokers like a real one.
 */
export function generatedDataset(people: number, organisations: number, seed = 7): DatasetInput {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const orgs = Array.from({ length: organisations }, (_, i) => ({
    id: `gen-org-${i}`,
    name: `Organisatie ${i + 1}`,
    domain: DOMAINS[i % DOMAINS.length] ?? 'zorg',
    type: 'partner',
  }));
  const persons = Array.from({ length: people }, (_, i) => ({
    id: `gen-per-${i}`,
    name: `Professional ${i + 1}`,
    function: 'casusregisseur',
    memberships: [{ organisationId: `gen-org-${i % organisations}` }],
  }));
  const seen = new Set<string>();
  const links: NonNullable<DatasetInput['links']> = [];
  const tie = (a: number, b: number) => {
    // b past the last person: the organisations do not divide the people evenly
    if (a === b || b >= people) return;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({
      id: `gen-lnk-${links.length}`,
      sourceId: `gen-per-${a}`,
      targetId: `gen-per-${b}`,
      kind: KINDS[pick(KINDS.length)] ?? 'overleg',
      strength: 1 + pick(5),
      since: `${2019 + pick(7)}-0${1 + pick(9)}-01`,
    });
  };
  for (let i = 0; i < people; i++) {
    // two colleagues in the same organisation, and one tie elsewhere
    for (let k = 0; k < 2; k++)
      tie(i, (i % organisations) + organisations * pick(Math.ceil(people / organisations)));
    if (random() < 0.8) tie(i, pick(people));
  }
  return { organisations: orgs, people: persons, links };
}

/**
 * A new SQLite file at `path` holding a generated network of `people` professionals (one organisation
 * per twenty, at least ten), as the render bench and the profiles open it.
 */
export function writeGeneratedDatabase(path: string, people: number): void {
  const db = openDatabase(path);
  try {
    const imported = importDataset(
      db,
      DatasetSchema.parse(generatedDataset(people, Math.max(10, Math.round(people / 20)))),
    );
    if (!imported.applied)
      throw new Error(
        `bench: the generated dataset was not imported: ${JSON.stringify(imported.rows.filter((r) => r.action === 'reject').slice(0, 3))}`,
      );
  } finally {
    db.close();
  }
}
