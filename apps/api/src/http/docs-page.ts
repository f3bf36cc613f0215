/**
 * The API reference as one HTML page, rendered on the server from the OpenAPI document itself, so
 * it needs no script at all and works under the strict CSP (no CDN, no inline script).
 */

type Schema = Record<string, unknown>;
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, unknown>[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<
    string,
    { $ref?: string; description?: string; content?: Record<string, { schema?: Schema }> }
  >;
};
type Document = {
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: {
    securitySchemes?: Record<string, { type: string; name?: string; in?: string; description?: string }>;
    responses?: Record<string, { description?: string }>;
  };
};

const esc = (text: unknown) => String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Escaped text with `code` spans, as the descriptions write them. */
const inline = (text: string) => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');

/** A one-line type for a schema: `string`, `integer`, `"a" | "b"`, `Organisation[]`, `object`. */
function typeOf(schema: Schema | undefined): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(typeOf).join(' | ');
  if (schema.type === 'array') return `${typeOf(schema.items as Schema)}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any');
  return schema.format ? `${type} (${schema.format})` : type;
}

function schemaBlock(schema: Schema | undefined): string {
  if (!schema || Object.keys(schema).length === 0) return '';
  return `<details><summary>Schema</summary><pre>${esc(JSON.stringify(schema, null, 2))}</pre></details>`;
}

function operationHtml(path: string, method: string, op: Operation, doc: Document): string {
  const base = doc.servers?.[0]?.url ?? '';
  const access =
    op.security?.length === 0
      ? 'openbaar'
      : op.security?.some((s) => 'csrfToken' in s)
        ? 'sessie en CSRF-token'
        : 'sessie';
  const params = op.parameters ?? [];
  const paramRows = params
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code><br><small>${esc(p.in)}${p.required ? ', verplicht' : ''}</small></td>` +
        `<td><code>${esc(typeOf(p.schema))}</code>${p.description ? ` ${esc(p.description)}` : ''}</td></tr>`,
    )
    .join('');
  const body = op.requestBody
    ? Object.entries(op.requestBody.content)
        .map(([type, media]) => `<p>Inhoud: <code>${esc(type)}</code></p>${schemaBlock(media.schema)}`)
        .join('')
    : '';
  const responses = Object.entries(op.responses)
    .map(([status, response]) => {
      const resolved = response.$ref
        ? doc.components?.responses?.[response.$ref.split('/').pop() ?? '']
        : response;
      const content = Object.entries(response.content ?? {})
        .map(([type, media]) => `<code>${esc(type)}</code>${schemaBlock(media.schema)}`)
        .join(' ');
      return `<li><strong>${esc(status)}</strong> ${esc(resolved?.description ?? '')} ${content}</li>`;
    })
    .join('');
  return `<section class="op" id="${esc(op.operationId)}">
<h3><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(base + path)}</code></h3>
<p>${inline(op.summary ?? '')}</p>${op.description ? `<p>${inline(op.description)}</p>` : ''}
<p class="meta">Toegang: ${access} · operationId <code>${esc(op.operationId)}</code></p>
${params.length ? `<table><caption>Parameters</caption><thead><tr><th scope="col">parameter</th><th scope="col">type en betekenis</th></tr></thead><tbody>${paramRows}</tbody></table>` : ''}
${body ? `<h4>Verzoek</h4>${body}` : ''}
<h4>Antwoorden</h4><ul>${responses}</ul>
</section>`;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
a{color:#0b57a4}nav ul{columns:2 14rem}
.op{border-top:1px solid #ccc;padding:.5rem 0}
.method{display:inline-block;min-width:4.5rem;font:bold .85rem monospace;padding:.1rem .3rem;border-radius:3px;color:#fff;background:#38598a}
.method.post{background:#2b6e2f}.method.put,.method.patch{background:#7a4b00}.method.delete{background:#a32020}
pre{background:#f4f4f4;padding:.5rem;overflow:auto;max-height:24rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
td:first-child{width:35%}
h3 code{overflow-wrap:anywhere}
.meta{color:#555;font-size:.9rem}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}`;

export function docsPage(document: Record<string, unknown>): string {
  const doc = document as unknown as Document;
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'overig';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op, doc)]);
    }
  }
  const tags = [...byTag.keys()].sort();
  const describe = (tag: string) => doc.tags?.find((t) => t.name === tag)?.description;
  const schemes = Object.entries(doc.components?.securitySchemes ?? {})
    .map(
      ([name, s]) =>
        `<li><strong>${esc(name)}</strong> (${esc(s.type)}${s.name ? `, ${esc(s.in)} <code>${esc(s.name)}</code>` : ''}): ${inline(s.description ?? '')}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)}: naslag</title><style>${STYLE}</style></head>
<body><a class="skip" href="#inhoud">Naar de inhoud</a><main id="inhoud">
<h1>${esc(doc.info.title)} <small>versie ${esc(doc.info.version)}</small></h1>
<p>${inline(doc.info.description ?? '')}</p>
<p>Alle paden staan onder <code>${esc(doc.servers?.[0]?.url ?? '/')}</code>. De machineleesbare beschrijving: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
<h2>Aanmelden</h2><ul>${schemes}</ul>
<nav aria-label="Onderwerpen"><h2>Onderwerpen</h2><ul>${tags.map((t) => `<li><a href="#tag-${esc(t)}">${esc(t)}</a></li>`).join('')}</ul></nav>
${tags.map((t) => `<h2 id="tag-${esc(t)}">${esc(t)}</h2>${describe(t) && describe(t) !== t ? `<p>${esc(describe(t))}</p>` : ''}${(byTag.get(t) ?? []).join('\n')}`).join('\n')}
</main></body></html>`;
}
