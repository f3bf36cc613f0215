import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildReport, pdfSafe, type ReportLabels } from './pdf-report.ts';

const labels: ReportLabels = {
  cover: 'Regiekaart',
  contents: 'Inhoud',
  generated: 'Gemaakt op',
  dataDate: 'Gegevens van',
  purpose: 'Doel',
  raad: 'Raadsversie: zonder namen van personen',
  figures: 'Kerncijfers',
  page: (n, of) => `Pagina ${n} van ${of}`,
};

// A 2x2 PNG (red, green / blue, white), so the map image path is exercised without a browser.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('buildReport', () => {
  it('makes a cover page and one page per step, each with its title, caption, figures and page number', async () => {
    const bytes = await buildReport({
      title: 'Netwerk Zorg en Veiligheid 2026',
      subtitle: 'Zuid-Limburgse Zorg- en Veiligheidshuizen',
      purpose: 'Jaarverantwoording aan de gemeenteraad',
      dataDate: '1 oktober 2026',
      generatedOn: '22 november 2026',
      raad: true,
      labels,
      steps: [
        {
          title: 'Wie werkt samen',
          caption: 'De kernpartners en hun verbindingen.',
          image: PNG,
          figures: [{ label: 'partners', value: '52' }],
        },
        {
          title: 'Sinds de samenwerking van 2021',
          caption: 'Verbindingen erbij: 87 – eraf: 19.',
          figures: [],
        },
      ],
    });
    const pdf = await getDocumentProxy(bytes);
    expect(pdf.numPages).toBe(3);
    const { text } = await extractText(pdf, { mergePages: false });
    expect(text[0]).toContain('Netwerk Zorg en Veiligheid 2026');
    expect(text[0]).toContain('Raadsversie');
    expect(text[0]).toContain('Pagina 1 van 3');
    expect(text[1]).toContain('Wie werkt samen');
    expect(text[1]).toContain('De kernpartners en hun verbindingen.');
    expect(text[1]).toContain('52');
    expect(text[1]).toContain('Pagina 2 van 3');
    expect(text[2]).toContain('Sinds de samenwerking van 2021');
    expect(text[2]).toContain('Gegevens van 1 oktober 2026');
    expect(text[2]).toContain('Pagina 3 van 3');
  });

  it('shortens a long footer so it keeps clear of the page number, never dropping the raadsversie mark', async () => {
    const bytes = await buildReport({
      title: 'Jaarverslag',
      purpose: 'Verantwoording aan de gemeenteraad '.repeat(8),
      dataDate: '1 oktober 2026',
      generatedOn: '22 november 2026',
      raad: true,
      labels,
      steps: [{ title: 'Stap' }],
    });
    const pdf = await getDocumentProxy(bytes);
    const page = await pdf.getPage(2);
    const items = (await page.getTextContent()).items as {
      str: string;
      transform: number[];
      width: number;
    }[];
    const footer = items.filter((item) => Math.round(item.transform[5] ?? 0) === 20);
    const number = footer.find((item) => item.str.startsWith('Pagina'));
    const line = footer.find((item) => item.str.startsWith('Raadsversie'));
    expect(number?.str).toBe('Pagina 2 van 2');
    expect(line?.str).toContain('Gegevens van 1 oktober 2026');
    expect(line?.str.endsWith('...')).toBe(true);
    expect((line?.transform[4] ?? 0) + (line?.width ?? 0)).toBeLessThan(number?.transform[4] ?? 0);
  });

  it('draws tables where the map would be when a step has none', async () => {
    const bytes = await buildReport({
      title: 'Kerncijfers',
      dataDate: '1 januari 2024',
      generatedOn: '22 november 2026',
      raad: true,
      labels,
      steps: [
        {
          title: 'In cijfers',
          tables: [
            { heading: 'Partners per domein', rows: [['Zorg', '8 partners']] },
            { heading: 'Verplichte partners per opgave', rows: [['Top-X aanpak Parkstad', '10 van 10']] },
          ],
        },
      ],
    });
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: false });
    for (const part of [
      'Partners per domein',
      'Zorg',
      '8 partners',
      'Verplichte partners per opgave',
      '10 van 10',
    ])
      expect(text[1]).toContain(part);
  });

  it('keeps Dutch letters and replaces what the PDF fonts cannot show', () => {
    expect(pdfSafe('Één café – “overleg” 🎉')).toBe('Één café - "overleg" ?');
    expect(pdfSafe('197 → 262, −26')).toBe('197 -> 262, -26');
  });

  it('draws the map legend on a map page: one shape and label per domain, under the heading', async () => {
    const bytes = await buildReport({
      title: 'Jaarverslag netwerk 2026',
      dataDate: '1 oktober 2026',
      generatedOn: '22 november 2026',
      raad: false,
      labels: { ...labels, legend: 'Legenda' },
      steps: [
        {
          title: 'Wie werkt samen',
          image: PNG,
          figures: [{ label: 'partners', value: '52' }],
          legend: [
            { label: 'Veiligheid', colour: '#332288', path: 'M -1 -1 L 1 -1 L 1 1 L -1 1 Z' },
            { label: 'Zorg', colour: '#117733', path: 'M -1 0 A 1 1 0 1 0 1 0 A 1 1 0 1 0 -1 0 Z' },
          ],
        },
        { title: 'Zonder legenda', figures: [] },
      ],
    });
    const pdf = await getDocumentProxy(bytes);
    const { text } = await extractText(pdf, { mergePages: false });
    expect(text[1]).toMatch(/Legenda[\s\S]*Veiligheid[\s\S]*Zorg/);
    expect(text[2]).not.toContain('Legenda');
  });
});
