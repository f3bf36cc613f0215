import { z } from 'zod';
import { IdSchema } from './common.ts';

/**
 * Which drawing of a map a layout belongs to: people, organisations, or people grouped in a box per
 * organisation (the boxes change the layout so much that it is kept apart).
 */
export const MapLayoutLevelSchema = z.enum(['person', 'organisation', 'grouped']);
export type MapLayoutLevel = z.infer<typeof MapLayoutLevelSchema>;

/** A node's place on the map; bounded so a bad client cannot store a drawing no screen can show. */
const coordinate = z
  .number()
  .finite('verwacht een eindig getal')
  .min(-1_000_000, 'ligt te ver van het midden (minimaal -1000000)')
  .max(1_000_000, 'ligt te ver van het midden (maximaal 1000000)');
export const MapPositionSchema = z.object({ x: coordinate, y: coordinate }).strict();
export type MapPosition = z.infer<typeof MapPositionSchema>;

/** The most nodes one map keeps positions for (the whole network of a large region fits). */
export const MAX_LAYOUT_NODES = 20_000;

export const MapPositionsSchema = z
  .record(IdSchema, MapPositionSchema)
  .refine((positions) => Object.keys(positions).length <= MAX_LAYOUT_NODES, {
    message: `hoogstens ${MAX_LAYOUT_NODES} knopen per kaart`,
  });

/**
 * `PUT` replaces a map's positions (after a fresh layout or "Opnieuw schikken");
 * `PATCH` sets only the nodes given (a moved node, new actors placed near their ties).
 */
export const MapLayoutWriteSchema = z.object({ positions: MapPositionsSchema }).strict();
export type MapLayoutWrite = z.infer<typeof MapLayoutWriteSchema>;

/** The positions kept for one map: the whole network or one opgave, at one level. */
export const MapLayoutSchema = z.object({
  opgaveId: z.string().nullable().describe('null: the whole network'),
  level: MapLayoutLevelSchema,
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
  updatedAt: z.string().nullable().describe('null: nothing kept yet'),
});
export type MapLayout = z.infer<typeof MapLayoutSchema>;
