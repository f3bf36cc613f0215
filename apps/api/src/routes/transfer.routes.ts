import { type FormatError, writeDataset, writeImportTemplate, writeNetwork } from '@regiekaart/io';
import {
  DatasetSchema,
  ExportQuerySchema,
  type ImportChoices,
  ImportChoicesSchema,
  ImportQuerySchema,
  ImportReportSchema,
  NetworkQuerySchema,
} from '@regiekaart/model';
import { Hono } from 'hono';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { ApiError } from '../http/problem.ts';
import { readQuery } from '../http/validate.ts';
import type { ImportRunner } from '../import/import-runner.ts';
import type { UploadRefusal } from '../import/read-upload.ts';
import { importableCollections, importRefusal } from '../policy/rules.ts';
import { dumpDataset } from '../services/dataset.service.ts';
import { buildNetwork } from '../services/network.service.ts';
import { organisationTypesInUse } from '../services/organisations.service.ts';
import { listVocabulary } from '../services/vocabulary.service.ts';

export const EXPORT_TYPES = {
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' },
} as const;

const XLSX_TYPE = /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\s*(;|$)/i;
const OLD_EXCEL = /^application\/vnd\.ms-excel/i;

function refusedProblem(refused: UploadRefusal): ApiError {
  return new ApiError(400, 'Bestand niet leesbaar', refused.message, [
    {
      field: refused.element ?? (refused.line ? `regel ${refused.line}` : '(bestand)'),
      message: refused.message,
    },
  ]);
}

function readChoices(raw: string | undefined): ImportChoices | undefined {
  if (raw === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'Ongeldige invoer', 'choices is geen geldige JSON.', [
      { field: 'choices', message: 'geen geldige JSON' },
    ]);
  }
  const checked = ImportChoicesSchema.safeParse(parsed);
  if (!checked.success) {
    throw new ApiError(
      400,
      'Ongeldige invoer',
      'choices geeft per naam "new" of het id van een bestaande persoon of organisatie.',
      [{ field: 'choices', message: checked.error.issues[0]?.message ?? 'ongeldig' }],
    );
  }
  return checked.data;
}

/** Content types an import may arrive in; form and text/plain types are refused, so no cross-site post gets in. */
const IMPORT_TYPE =
  /^(text\/csv|application\/(json|xml|csv|octet-stream)|text\/xml|application\/[a-z0-9.-]+\+(xml|json))\s*(;|$)/i;

export function formatErrorProblem(error: FormatError): ApiError {
  return new ApiError(400, 'Bestand niet leesbaar', error.message, [
    { field: error.element ?? (error.line ? `regel ${error.line}` : '(bestand)'), message: error.message },
  ]);
}

const exportTypes = Object.values(EXPORT_TYPES).map((t) => t.type.split(';')[0] as string);

export function transferRoutes(db: Db, docs: ApiDocs, importer: ImportRunner) {
  docs.add({
    method: 'post',
    path: '/import',
    tag: 'import en export',
    summary:
      'Importeer CSV, GraphML, GEXF, JSON of Excel (.xlsx) in één transactie; dryRun=true meldt alleen wat er zou gebeuren. Een geslaagde import geeft importId: DELETE /api/imports/{importId} maakt hem ongedaan',
    query: ImportQuerySchema,
    bodyTypes: [
      'text/csv',
      'application/xml',
      'application/json',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    response: ImportReportSchema,
  });
  docs.add({
    method: 'get',
    path: '/import/invulbestand',
    tag: 'import en export',
    summary:
      'Een lege Excel-werkmap om in te vullen en te importeren: bladen Organisaties, Personen en Verbindingen, met een blad Uitleg (de domeinen en soorten verbindingen van deze Regiekaart)',
    responseTypes: [EXPORT_TYPES.xlsx.type],
  });
  docs.add({
    method: 'get',
    path: '/export',
    tag: 'import en export',
    summary: 'Exporteer de hele database',
    query: ExportQuerySchema,
    response: DatasetSchema,
    responseTypes: exportTypes,
  });
  docs.add({
    method: 'get',
    path: '/network/export',
    tag: 'import en export',
    summary: 'Exporteer het hele netwerk zoals de kaart het toont (niveau, datum, filters)',
    query: NetworkQuerySchema.extend({ format: ExportQuerySchema.shape.format }),
    responseTypes: exportTypes,
  });
  docs.add({
    method: 'get',
    path: '/opgaven/:id/export',
    tag: 'import en export',
    summary: 'Exporteer het netwerk van één opgave',
    query: NetworkQuerySchema.extend({ format: ExportQuerySchema.shape.format }),
    responseTypes: exportTypes,
  });

  const download = (format: keyof typeof EXPORT_TYPES, name: string, body: string | Uint8Array) =>
    new Response(body, {
      headers: {
        'Content-Type': EXPORT_TYPES[format].type,
        'Content-Disposition': `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.${EXPORT_TYPES[format].ext}"`,
      },
    });

  return new Hono()
    .post('/import', async (c) => {
      const query = readQuery(c, ImportQuerySchema);
      const type = c.req.header('content-type') ?? '';
      if (OLD_EXCEL.test(type)) {
        throw new ApiError(
          415,
          'Verkeerd bestandstype',
          /macroenabled/i.test(type)
            ? 'Werkmappen met macro’s (.xlsm) worden niet ingelezen. Sla de werkmap op als .xlsx zonder macro’s.'
            : 'Oude Excel-bestanden (.xls) worden niet ingelezen. Sla de werkmap op als .xlsx (Excel-werkmap).',
        );
      }
      const typeFits = query.format === 'xlsx' ? XLSX_TYPE.test(type) : IMPORT_TYPE.test(type);
      if (!typeFits) {
        throw new ApiError(
          415,
          'Verkeerd mediatype',
          query.format === 'xlsx'
            ? 'Stuur een Excel-werkmap als application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            : 'Stuur het bestand als text/csv, application/xml of application/json.',
        );
      }
      const choices = readChoices(query.choices);
      const access = c.get('access');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const reply = await importer.run(db, {
        format: query.format,
        bytes,
        options: {
          dryRun: query.dryRun,
          nodes: query.nodes,
          ...(choices ? { choices } : {}),
          fileName: query.fileName ?? null,
          user: access.user ? { id: access.user.id, username: access.user.username } : null,
          hidden: access.hiddenList(),
          collections: importableCollections(access),
        },
      });
      if (reply.refused) throw refusedProblem(reply.refused);
      if (reply.forbidden) throw importRefusal(access, reply.forbidden);
      if (!reply.report) throw new Error(reply.error ?? 'import failed');
      const report = reply.report;
      if (!query.dryRun && !report.applied) {
        throw new ApiError(
          422,
          'Import geweigerd',
          `${report.rows.filter((r) => r.action === 'reject').length} rijen zijn afgekeurd; er is niets opgeslagen.`,
          report.rows
            .filter((r) => r.action === 'reject')
            .flatMap((r) =>
              (r.errors ?? []).map((e) => ({
                field: `${r.entity}[rij ${r.row}].${e.field}`,
                message: e.message,
              })),
            ),
          { report },
        );
      }
      if (report.importId) access.audit.objectId = report.importId;
      return c.json(report);
    })
    .get('/import/invulbestand', () => {
      const template = writeImportTemplate({
        domains: listVocabulary(db, 'domains').items,
        linkKinds: listVocabulary(db, 'link_kinds').items,
        organisationTypes: organisationTypesInUse(db),
      });
      return new Response(template, {
        headers: {
          'Content-Type': EXPORT_TYPES.xlsx.type,
          'Content-Disposition': 'attachment; filename="regiekaart-invulbestand.xlsx"',
        },
      });
    })
    .get('/export', (c) => {
      const { format, entity, view, asOf, minPeople } = readQuery(c, ExportQuerySchema);
      const access = c.get('access');
      access.audit.action = 'export';
      if (view === 'raad') {
        // The council version exports the redacted organisation network, never the store.
        access.audit.objectType = 'raadsversie';
        const network = buildNetwork(
          db,
          { level: 'organisation', hops: 0, view, asOf, minPeople },
          access.hiddenCasusIds(),
        );
        return download(format, 'regiekaart-raadsversie', writeNetwork(format, network));
      }
      access.audit.objectType = 'dataset';
      const dataset = dumpDataset(db, access.hiddenList());
      if (entity === 'all') {
        for (const o of dataset.opgaven)
          if (o.kind === 'casus' && o.code) access.audit.casusCodes.add(o.code);
      }
      return download(format, 'regiekaart', writeDataset(format, dataset, { entity }));
    })
    .get('/network/export', (c) => {
      const { format, ...networkQuery } = readQuery(
        c,
        NetworkQuerySchema.extend({ format: ExportQuerySchema.shape.format }).strict(),
      );
      const access = c.get('access');
      access.audit.action = 'export';
      access.audit.objectType = 'network';
      // exactly what /api/network answers this account
      return download(
        format,
        'netwerk',
        writeNetwork(format, buildNetwork(db, networkQuery, access.hiddenCasusIds())),
      );
    })
    .get('/opgaven/:id/export', (c) => {
      const query = readQuery(
        c,
        NetworkQuerySchema.extend({ format: ExportQuerySchema.shape.format }).strict(),
      );
      const { format, ...networkQuery } = query;
      const id = c.req.param('id');
      const access = c.get('access');
      access.audit.action = 'export';
      return download(
        format,
        `opgave-${id}`,
        writeNetwork(format, buildNetwork(db, { ...networkQuery, opgaveId: id }, access.hiddenCasusIds())),
      );
    });
}
