import { changeWorkbenchStrings as w } from '../../i18n/nl-change-workbench.ts';
import { useMenuButton } from '../map/use-menu-button.ts';

export type ChangeMenuItem = { id: string; label: string; disabled?: boolean; onSelect: () => void };

/**
 * "Meer" in the change screen's control row: the period's presets and "Opslaan als weergave", as a
 * menu (arrow keys, Home, End, Escape), so the row stays one line on a laptop screen.
 */
export function ChangeMenu({ items }: { items: ChangeMenuItem[] }) {
  const menu = useMenuButton();
  const label = w.moreLabel(items.some((item) => item.id === 'save'));
  return (
    <div className="menu change-menu" ref={menu.ref}>
      <button type="button" className="secondary" aria-label={label} {...menu.trigger}>
        {w.more} <span aria-hidden="true">▾</span>
      </button>
      <div className="menu-popup" hidden={!menu.open}>
        <div id={menu.menuId} ref={menu.menuRef} role="menu" aria-label={label} onKeyDown={menu.onMenuKey}>
          {items.map((item) => (
            <div role="none" className="menu-item" key={item.id}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="link-button"
                disabled={item.disabled}
                onClick={() => {
                  menu.close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
