import type { QueryClient } from '@tanstack/react-query';
import { type ApiCall, sendAll } from '../../../api/write.ts';

/**
 * What an edit may change, and so which cached queries must be fetched again:
 * - `graph`: actors, ties, memberships, participants, templates: every network, list and analysis
 * - `annotations`, `views`, `layouts` (positions on a map): only their own queries
 */
export type EditScope = 'graph' | 'annotations' | 'views' | 'layouts';

/** One undoable edit: the API calls that make it and the calls that take it back. */
export type Command = {
  /** what the edit did, in the user's words ("Organisatie toegevoegd: GGD") */
  label: string;
  forward: readonly ApiCall[];
  backward: readonly ApiCall[];
  scope: EditScope;
  /** false for a change made elsewhere (an import, a merge): it can be undone but not redone */
  redoable?: boolean;
};

export type HistoryState = {
  undoLabel: string | null;
  redoLabel: string | null;
  busy: boolean;
};

type Send = (calls: readonly ApiCall[]) => Promise<void>;

// vocabularies never change through an edit; views and positions only through their own
const UNTOUCHED_BY_GRAPH_EDITS = new Set(['domains', 'link-kinds', 'views', 'layouts']);

export function invalidateScope(queryClient: QueryClient, scope: EditScope): Promise<void> {
  if (scope === 'graph') {
    return queryClient.invalidateQueries({
      predicate: (query) => !UNTOUCHED_BY_GRAPH_EDITS.has(String(query.queryKey[0])),
    });
  }
  return queryClient.invalidateQueries({ queryKey: [scope] });
}

/**
 * The session's command stack. `run` performs an edit and records it; `undo` sends its inverse,
 * `redo` sends it again (creates carry their client-made id, so a redo re-creates the same record).
 * After each step the affected queries are invalidated.
 */
export class EditHistory {
  private readonly done: Command[] = [];
  private readonly undone: Command[] = [];
  private busy = false;
  // steps run one after the other: an undo pressed while an edit is still saving waits for it
  private queue: Promise<unknown> = Promise.resolve();
  private state: HistoryState = { undoLabel: null, redoLabel: null, busy: false };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly sendCalls: Send = sendAll) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): HistoryState => this.state;

  /** Performs the edit; when the API refuses, nothing is recorded and the error is thrown on. */
  async run(command: Command, queryClient: QueryClient): Promise<void> {
    await this.step(async () => {
      await this.sendCalls(command.forward);
      this.done.push(command);
      this.undone.length = 0;
      await invalidateScope(queryClient, command.scope);
    });
  }

  /** Records a change the API already made (an import, a merge), so the undo button can take it back. */
  record(command: Command): void {
    this.done.push(command);
    this.undone.length = 0;
    this.publish();
  }

  /** Takes back the last edit; answers its label, or null when there was nothing to undo. */
  async undo(queryClient: QueryClient): Promise<string | null> {
    let label: string | null = null;
    // chosen inside the step: a second Ctrl+Z while the first still runs takes back the edit before
    await this.step(async () => {
      const command = this.done.at(-1);
      if (!command) return;
      try {
        await this.sendCalls(command.backward);
      } finally {
        // even a half-failed inverse changed data
        await invalidateScope(queryClient, command.scope);
      }
      this.done.pop();
      if (command.redoable !== false) this.undone.push(command);
      label = command.label;
    });
    return label;
  }

  async redo(queryClient: QueryClient): Promise<string | null> {
    let label: string | null = null;
    await this.step(async () => {
      const command = this.undone.at(-1);
      if (!command) return;
      try {
        await this.sendCalls(command.forward);
      } finally {
        await invalidateScope(queryClient, command.scope);
      }
      this.undone.pop();
      this.done.push(command);
      label = command.label;
    });
    return label;
  }

  private step(work: () => Promise<void>): Promise<void> {
    const run = async () => {
      this.busy = true;
      this.publish();
      try {
        await work();
      } finally {
        this.busy = false;
        this.publish();
      }
    };
    const next = this.queue.catch(() => undefined).then(run);
    this.queue = next;
    return next;
  }

  private publish(): void {
    this.state = {
      undoLabel: this.done.at(-1)?.label ?? null,
      redoLabel: this.undone.at(-1)?.label ?? null,
      busy: this.busy,
    };
    for (const listener of this.listeners) listener();
  }
}

/** The history of this browser session: edits made on one map can be undone on another. */
export const editHistory = new EditHistory();
