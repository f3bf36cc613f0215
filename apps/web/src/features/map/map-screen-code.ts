import { screenCode } from '../../routing/screen-code.tsx';

/**
 * The map screen's code (network and opgave routes), with Cytoscape. The app shell asks for it as the
 * page loads when a map is opened from its address (main.tsx), while the session is being checked.
 */
export const mapScreenCode = screenCode(() => import('./MapScreen.tsx').then((m) => m.MapScreen));
