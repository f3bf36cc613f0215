import type { MapLayout, MapLayoutLevel } from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { layoutPath, layoutQuery, type MapLayoutKey } from '../../../api/layouts.ts';
import { send } from '../../../api/write.ts';
import { layoutStrings } from '../../../i18n/nl-layout.ts';
import { editHistory } from '../edit/edit-history.ts';
import type { LayoutPositions } from './layout-core.ts';

/**
 * The positions the server keeps for the map on screen, and how the map hands back what it computes
 * or what the user moves. The map (CytoscapeMap) uses them; it never fetches.
 */
export type KeptLayout = {
  /** the kept positions; null while loading, or when they could not be read */
  positions: Readonly<LayoutPositions> | null;
  pending: boolean;
  /** keeps a fresh layout (`replace`) or newly placed actors; absent where the user may not write */
  keep?: (positions: LayoutPositions, replace: boolean) => void;
  /** actors moved by hand: kept, and undoable */
  moved?: (before: LayoutPositions, after: LayoutPositions, label: string) => void;
  /** "Opnieuw schikken": the new layout is kept, and undoable */
  rearranged?: (before: LayoutPositions, after: LayoutPositions) => void;
};

/** Which kept layout a map uses: its level, and whether people are drawn in organisation boxes. */
export function mapLayoutKey(
  opgaveId: string | null,
  level: 'person' | 'organisation',
  grouped: boolean,
): MapLayoutKey {
  const mapLevel: MapLayoutLevel = level === 'person' && grouped ? 'grouped' : level;
  return { opgaveId, level: mapLevel };
}

export function useKeptLayout(key: MapLayoutKey | null, { save }: { save: boolean }): KeptLayout | null {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...layoutQuery(key ?? { opgaveId: null, level: 'person' }),
    enabled: key !== null,
  });
  const opgaveId = key?.opgaveId ?? null;
  const level = key?.level ?? null;
  const data = query.data;
  const pending = key !== null && query.isPending && !query.isError;
  return useMemo(() => {
    if (!opgaveId && !level) return null;
    const mapKey: MapLayoutKey = { opgaveId, level: level ?? 'person' };
    const path = layoutPath(mapKey);
    const positions = data?.positions ?? null;
    if (!save) return { positions, pending };
    const keep = (next: LayoutPositions, replace: boolean) => {
      // not undoable: the map looks the same before and after, it is only remembered
      void send({ method: replace ? 'PUT' : 'PATCH', path, body: { positions: next } })
        .then((kept) => queryClient.setQueryData(layoutQuery(mapKey).queryKey, kept as MapLayout))
        .catch((error: unknown) => console.warn(`${layoutStrings.saveFailed} (${String(error)})`));
    };
    const run = (label: string, method: 'PUT' | 'PATCH', before: LayoutPositions, after: LayoutPositions) =>
      void editHistory
        .run(
          {
            label,
            scope: 'layouts',
            forward: [{ method, path, body: { positions: after } }],
            backward: [{ method, path, body: { positions: before } }],
          },
          queryClient,
        )
        .catch((error: unknown) => console.warn(`${layoutStrings.saveFailed} (${String(error)})`));
    return {
      positions,
      pending,
      keep,
      moved: (before, after, label) => run(label, 'PATCH', before, after),
      rearranged: (before, after) => run(layoutStrings.rearranged, 'PUT', before, after),
    };
  }, [opgaveId, level, data, pending, save, queryClient]);
}
