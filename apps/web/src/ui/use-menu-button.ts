import {
  type KeyboardEvent as ReactKeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { rovingIndex } from './roving-index.ts';
import { useDismiss } from './use-dismiss.ts';

export type MenuButton = {
  open: boolean;
  menuId: string;
  /** the element around button and popup: a press outside it closes the menu */
  ref: RefObject<HTMLDivElement | null>;
  menuRef: RefObject<HTMLDivElement | null>;
  /** spread on the menu button */
  trigger: {
    ref: RefObject<HTMLButtonElement | null>;
    'aria-haspopup': 'menu';
    'aria-expanded': boolean;
    'aria-controls': string;
    onClick: () => void;
    onKeyDown: (event: ReactKeyboardEvent<HTMLButtonElement>) => void;
  };
  /** on the element with role="menu" */
  onMenuKey: (event: ReactKeyboardEvent<HTMLDivElement>) => void;
  /** closes the menu; with `refocus`, focus goes back to the button */
  close: (refocus?: boolean) => void;
};

/**
 * The WAI-ARIA menu button pattern: Enter, Space or Arrow Down open the menu on its first item, Arrow
 * Up on its last; in the menu the arrows, Home and End move, Escape closes it and returns to the
 * button, Tab and a press outside close it.
 */
export function useMenuButton(): MenuButton {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [focusOnOpen, setFocusOnOpen] = useState<'first' | 'last' | null>(null);

  useEffect(() => {
    if (!open || !focusOnOpen) return;
    const items = menuItems(menuRef.current);
    (focusOnOpen === 'first' ? items[0] : items.at(-1))?.focus();
    setFocusOnOpen(null);
  }, [open, focusOnOpen]);

  useDismiss(open, setOpen, ref, triggerRef);

  const openWith = (focus: 'first' | 'last') => {
    setOpen(true);
    setFocusOnOpen(focus);
  };
  const onKeyDown = (event: ReactKeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openWith('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openWith('last');
    }
  };
  const onMenuKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const items = menuItems(menuRef.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = rovingIndex(event.key, index, items.length, { previous: 'ArrowUp', next: 'ArrowDown' });
    if (event.key === 'Tab') setOpen(false);
    if (next < 0) return;
    event.preventDefault();
    items[next]?.focus();
  };
  const close = useCallback((refocus = false) => {
    setOpen(false);
    if (refocus) triggerRef.current?.focus();
  }, []);

  return {
    open,
    menuId,
    ref,
    menuRef,
    trigger: {
      ref: triggerRef,
      'aria-haspopup': 'menu',
      'aria-expanded': open,
      'aria-controls': menuId,
      onClick: () => setOpen(!open),
      onKeyDown,
    },
    onMenuKey,
    close,
  };
}

/** The menu's items that can be chosen now, in order. */
function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [
    ...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"], [role="menuitemcheckbox"]') ?? []),
  ].filter((item) => !(item as HTMLButtonElement).disabled);
}
