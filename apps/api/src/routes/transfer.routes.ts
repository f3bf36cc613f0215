import { FormatError, readImport, writeDataset, writeNetwork } from '@regiekaart/io';
import {
  DatasetSchema,
  ExportQuerySchema,
  ImportQuerySchema,
  ImportReportSchema,
  NetworkQuerySchema,
} from '@regiekaart/model';
import { Hono } from 'hono';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { ApiError } from '../http/problem.ts';
import { readQuery } from '../http/validate.ts';
import { dumpDataset, importRecords } from '../services/dataset.service.ts';
import { buildNetwork } from '../services/network.service.ts';

export const EXPORT_TYPES = {
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
} as const;

/** Content types an import may arrive in; form and text/plain types are refused, so no cross-site post gets in. */
const IMPORT_TYPE =
  /^(text\/csv|application\/(json|xml|csv|octet-stream)|text\/xml|application\/[a-z0-9.-]+\+(xml|json))\s*(;|$)/i;

export function formatErrorProblem(error: FormatError): ApiError {
  return new ApiError(400, 'Bestand niet leesbaar', error.message, [
    { field: error.element ?? (error.line ? `regel ${error.line}` : '(bestand)'), message: error.message },
  ]);
}

const exportTypes = Object.values(EXPORT_TYPES).map((t) => t.type.split(';')[0] as string);

export function transferRoutes(db: Db, docs: ApiDocs) {
  docs.add({
    method: 'post',
    path: '/import',
    tag: 'import en export',
    summary:
      'Importeer CSV, GraphML, GEXF of JSON in één transactie; dryRun=true meldt alleen wat er zou gebeuren',
    query: ImportQuerySchema,
    bodyTypes: ['text/csv', 'application/xml', 'application/json'],
    response: ImportReportSchema,
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

  const download = (format: keyof typeof EXPORT_TYPES, name: string, body: string) =>
    new Response(body, {
      headers: {
        'Content-Type': EXPORT_TYPES[format].type,
        'Content-Disposition': `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.${EXPORT_TYPES[format].ext}"`,
      },
    });

  return new Hono()
    .post('/import', async (c) => {
      const query = readQuery(c, ImportQuerySchema);
      if (!IMPORT_TYPE.test(c.req.header('content-type') ?? '')) {
        throw new ApiError(
          415,
          'Verkeerd mediatype',
          'Stuur het bestand als text/csv, application/xml of application/json.',
        );
      }
      const text = await c.req.text();
      let records: ReturnType<typeof readImport>;
      try {
        records = readImport(query.format, text);
      } catch (error) {
        if (error instanceof FormatError) throw formatErrorProblem(error);
        throw error;
      }
      const report = importRecords(db, records, { dryRun: query.dryRun, format: query.format });
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
      return c.json(report);
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
