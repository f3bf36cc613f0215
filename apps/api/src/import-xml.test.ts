import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(smallNetwork);
});
afterAll(() => h.stop());

const XXE = `<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
<node id="a"><data key="label">&xxe;</data></node></graph></graphml>`;

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
<node id="a"><data key="label">&lol4;</data></node></graph></graphml>`;

const UNCLOSED = `<?xml version="1.0"?><graphml><graph edgedefault="undirected"><node id="a"></graph>`;

const HYPEREDGE = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
<node id="a"/><node id="b"/><node id="c"/>
<hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge></graph></graphml>`;

const GEXF_XXE = `<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<nodes><node id="a" label="&xxe;"/></nodes><edges/></graph></gexf>`;

describe('XML imports that cannot be read', () => {
  it.each([
    ['graphml', 'an external entity', XXE],
    ['graphml', 'an entity expansion', LAUGHS],
    ['graphml', 'XML that is not well formed', UNCLOSED],
    ['graphml', 'a hyperedge', HYPEREDGE],
    ['gexf', 'an external entity', GEXF_XXE],
  ])('refuses %s with %s as 400 problem+json in Dutch, writing nothing', async (format, _what, xml) => {
    const before = (await h.call('GET', '/api/organisations?limit=1')).body.total as number;
    for (const dryRun of ['true', 'false']) {
      const reply = await h.call('POST', `/api/import?format=${format}&dryRun=${dryRun}`, xml, {
        'content-type': 'application/xml',
      });
      expect(reply.status, reply.text).toBe(400);
      expect(reply.type).toContain('application/problem+json');
      expect(reply.body.detail).toMatch(/[a-z]/);
      // no stack trace, no file contents
      expect(reply.text).not.toMatch(/at \w+ \(|node_modules|root:x:0/);
    }
    expect((await h.call('GET', '/api/organisations?limit=1')).body.total).toBe(before);
  });
});
