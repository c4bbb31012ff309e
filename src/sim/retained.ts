/** What a simulation holds, counted: the memory benchmark prints it, and tests bound it. */
import { stateOf } from './simulation';
import type { Simulation } from './simulation.types';

export interface Retained {
  /** Event rows kept, and the typed columns' capacity in rows. */
  events: number;
  eventCapacity: number;
  /** Events held as objects (given so, or built for a view and cached). */
  eventObjects: number;
  /** Request records kept, and the list's slots (with those of records dropped but not yet shifted out). */
  requests: number;
  requestSlots: number;
  /** Gauge rows kept, and the columns' capacity in rows. */
  gaugeRows: number;
  gaugeCapacity: number;
  /** Slots of Nginx's idle-connection lists (live connections and holes left by removed ones). */
  idleSlots: number;
}

export function retainedOf(sim: Simulation): Retained {
  const state = stateOf(sim);
  if (!state) throw new TypeError('not a simulation made by createSimulation');
  const { store, requests, gauges, front } = state.model;
  return {
    events: store.retained,
    eventCapacity: store.capacity,
    eventObjects: store.objects,
    requests: requests.length,
    requestSlots: requests.list.length,
    gaugeRows: gauges.rows,
    gaugeCapacity: gauges.capacity,
    idleSlots: front.web.idle.slots,
  };
}
