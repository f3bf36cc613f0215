import type { ReactNode } from 'react';
import { useMenuButton } from './use-menu-button.ts';

type ItemBase = {
  id: string;
  label: ReactNode;
  /**
   * Whether focus goes back to the menu's button once the item is chosen (the default); false for
   * an item that opens something of its own, such as a dialog, or starts a download.
   */
  returnFocus?: boolean;
};

/**
 * A menu item: an action (a promise keeps the menu open until it settles), a checkable action
 * (`checked`), or a link (`href`, with `download` for a file).
 */
export type MenuItem = ItemBase &
  (
    | { onSelect: () => void | Promise<void>; disabled?: boolean; checked?: boolean }
    | { href: string; download?: boolean }
  );

type Props = {
  /** what the button shows, before its ▾ */
  label: ReactNode;
  /** the button's accessible name where it says more than `label` */
  buttonLabel?: string;
  /** the menu's accessible name */
  menuLabel: string;
  /** a note above the items, read out as the menu's description */
  hint?: ReactNode;
  /** a class beside `menu` on the element around button and popup */
  className?: string;
  items: MenuItem[];
};

/**
 * A WAI-ARIA menu button (see `useMenuButton` for its keys): a button with ▾ that opens a list of
 * actions and links over the page.
 */
export function MenuButton({ label, buttonLabel, menuLabel, hint, className, items }: Props) {
  const menu = useMenuButton();
  const hintId = `${menu.menuId}-hint`;
  const choose = (item: MenuItem & { onSelect: () => void | Promise<void> }) => {
    const refocus = item.returnFocus ?? true;
    const done = item.onSelect();
    if (done) void done.then(() => menu.close(refocus));
    else menu.close(refocus);
  };
  return (
    <div className={className ? `menu ${className}` : 'menu'} ref={menu.ref}>
      <button type="button" className="secondary" aria-label={buttonLabel} {...menu.trigger}>
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div className="menu-popup" hidden={!menu.open}>
        {hint ? (
          <p className="hint" id={hintId}>
            {hint}
          </p>
        ) : null}
        <div
          id={menu.menuId}
          ref={menu.menuRef}
          role="menu"
          aria-label={menuLabel}
          aria-describedby={hint ? hintId : undefined}
          onKeyDown={menu.onMenuKey}
        >
          {items.map((item) => (
            <div role="none" className="menu-item" key={item.id}>
              {'href' in item ? (
                <a
                  role="menuitem"
                  tabIndex={-1}
                  href={item.href}
                  download={item.download}
                  onClick={() => menu.close(item.returnFocus ?? true)}
                >
                  {item.label}
                </a>
              ) : (
                // biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-checked is only set with the role menuitemcheckbox
                <button
                  type="button"
                  role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
                  aria-checked={item.checked}
                  tabIndex={-1}
                  className="link-button"
                  disabled={item.disabled}
                  onClick={() => choose(item)}
                >
                  {item.label}
                </button>
              )}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
