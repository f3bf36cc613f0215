import { changeWorkbenchStrings as w } from '../../i18n/nl-change-workbench.ts';
import { MenuButton } from '../../ui/MenuButton.tsx';

export type ChangeMenuItem = { id: string; label: string; disabled?: boolean; onSelect: () => void };

/**
 * "Meer" in the change screen's control row: the period's presets and "Opslaan als weergave", as a
 * menu, so the row stays one line on a laptop screen.
 */
export function ChangeMenu({ items }: { items: ChangeMenuItem[] }) {
  const label = w.moreLabel(items.some((item) => item.id === 'save'));
  return (
    <MenuButton className="change-menu" label={w.more} buttonLabel={label} menuLabel={label} items={items} />
  );
}
