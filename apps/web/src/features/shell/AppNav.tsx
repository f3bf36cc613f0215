import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { shellStrings } from '../../i18n/nl-shell.ts';
import { formatRoute, type Route } from '../../routing/route.ts';
import './app-nav.css';

export type NavItem = { label: string; route: Route; screens: Route['screen'][] };

/**
 * The main menu and the account menu. On a wide screen both stand in the header; on a phone or a
 * tablet a "Menu" button shows and hides them below it (the WAI-ARIA disclosure pattern), so the header stays
 * one slim line and nothing scrolls sideways. Choosing a link, a new screen or Escape closes it.
 */
export function AppNav({
  items,
  screen,
  account,
}: {
  items: readonly NavItem[];
  screen: Route['screen'];
  account: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  // a new screen closes the menu
  // biome-ignore lint/correctness/useExhaustiveDependencies: the screen is the trigger, not a value read
  useEffect(() => setOpen(false), [screen]);

  // Escape closes the open menu; the focus goes back to its button when it was in the menu
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const panel = document.getElementById(panelId);
      const inside = panel?.contains(document.activeElement) ?? false;
      setOpen(false);
      if (inside) button.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, panelId]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="app-menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="app-menu-icon" />
        {shellStrings.menu}
      </button>
      <div id={panelId} className="app-menus" data-open={open}>
        <nav className="app-nav" aria-label={t.app.nav}>
          <ul className="app-nav-list">
            {items.map((item) => (
              <li key={item.label}>
                <a
                  href={formatRoute(item.route)}
                  aria-current={item.screens.includes(screen) ? 'page' : undefined}
                  onClick={() => setOpen(false)}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {account}
      </div>
    </>
  );
}
