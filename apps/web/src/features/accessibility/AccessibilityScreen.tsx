import { t } from '../../i18n/catalogue.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

/** The accessibility statement (`#/toegankelijkheid`): WCAG 2.1 AA, how it is tested, what falls short. */
export function AccessibilityScreen() {
  useDocumentTitle(t.accessibility.documentTitle);
  const s = t.accessibility;
  return (
    <main id="main" tabIndex={-1} className="statement">
      <h1>{s.title}</h1>
      <p className="intro">{s.intro}</p>
      <h2>{s.statusTitle}</h2>
      <p>{s.status}</p>
      <h2>{s.methodTitle}</h2>
      <ul>
        {s.method.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{s.limitsTitle}</h2>
      <ul>
        {s.limits.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{s.contactTitle}</h2>
      <p>{s.contact}</p>
      <h2>{s.dateTitle}</h2>
      <p>{s.date}</p>
      <p>
        <a href="#/">{s.back}</a>
      </p>
    </main>
  );
}
