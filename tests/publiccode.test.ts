import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * publiccode.yml against the standard, version 0.4 (https://yml.publiccode.tools): its required keys,
 * the values its lists allow, and its length limits. No validator installs from npm, so the rules
 * that matter are written out here.
 */
const doc = parse(readFileSync(fileURLToPath(new URL('../publiccode.yml', import.meta.url)), 'utf8'));
const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'));

const CATEGORIES = new Set(
  'accounting agile-project-management applicant-tracking application-development appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence business-process-management cad call-center cloud-management collaboration communications compliance-management contact-management content-management crm customer-service-and-support data-analytics data-collection data-visualization digital-asset-management digital-citizenship document-management donor-management e-commerce e-signature email-management email-marketing employee-management enterprise-project-management enterprise-social-networking erp event-management facility-management feedback-and-reviews-management financial-reporting fleet-management fundraising gamification geographic-information-systems grant-management graphic-design help-desk hr ide instant-messaging inventory-management it-asset-management it-development it-management it-security it-service-management knowledge-management learning-management-system marketing mind-mapping mobile-marketing mobile-payment network-security office online-booking online-community payment-gateway payroll predictive-analysis procurement productivity-suite project-collaboration project-management property-management real-estate-management remote-support resource-management sales-management seo service-desk social-media-management survey talent-management task-management taxes-management test-management time-management time-tracking translation video-conferencing video-editing visitor-management voip warehouse-management web-collaboration web-conferencing website-builder workflow-management'.split(
    ' ',
  ),
);

describe('publiccode.yml', () => {
  it('has every key the standard requires, with allowed values', () => {
    expect(doc.publiccodeYmlVersion).toBe('0.4');
    expect(doc.name).toBe('Regiekaart');
    expect(doc.url).toMatch(/^https:\/\//);
    expect(doc.platforms.length).toBeGreaterThan(0);
    for (const p of doc.platforms) expect(['web', 'windows', 'mac', 'linux', 'ios', 'android']).toContain(p);
    expect(doc.categories.length).toBeGreaterThan(0);
    for (const c of doc.categories) expect(CATEGORIES.has(c), c).toBe(true);
    expect(['concept', 'development', 'beta', 'stable', 'obsolete']).toContain(doc.developmentStatus);
    expect([
      'standalone/mobile',
      'standalone/iot',
      'standalone/desktop',
      'standalone/web',
      'standalone/backend',
      'standalone/other',
      'addon',
      'library',
      'configurationFiles',
    ]).toContain(doc.softwareType);
    expect(['internal', 'contract', 'community', 'none']).toContain(doc.maintenance.type);
    expect(typeof doc.localisation.localisationReady).toBe('boolean');
    expect(doc.localisation.availableLanguages).toContain('nl');
    expect(doc.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('describes itself in Dutch and English within the length limits', () => {
    for (const lang of ['nl', 'en']) {
      const d = doc.description[lang];
      expect(d.shortDescription.length, lang).toBeLessThanOrEqual(150);
      expect(d.longDescription.length, lang).toBeGreaterThanOrEqual(150);
      expect(d.longDescription.length, lang).toBeLessThanOrEqual(10_000);
      expect(d.features.length, lang).toBeGreaterThan(0);
      for (const f of d.features) expect(f.length, f).toBeLessThanOrEqual(100);
    }
  });

  it('names the licence and version of the package', () => {
    expect(doc.legal.license).toBe(pkg.license);
    expect(doc.softwareVersion).toBe(pkg.version);
    expect(doc.dependsOn.open.find((d: { name: string }) => d.name === 'Node.js').versionMin).toBe(
      pkg.engines.node.replace('>=', ''),
    );
  });
});
