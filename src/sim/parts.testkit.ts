/** Builders for the parts' own tests: a bare agenda and requests, no whole model. */
import { ActionQueue, type Agenda } from './actionQueue';
import { Browser, Req } from './entities';

/** An agenda whose clock a test moves by hand. */
export function anAgenda(): Agenda & { now: number } {
  return { now: 0, q: new ActionQueue<object>() };
}

let nextId = 0;

/** A dynamic request from browser 0, sent upstream at `proxySentAt`. */
export function aReq(proxySentAt = 0): Req {
  const r = new Req(nextId++, new Browser(0), '/', true, proxySentAt);
  r.proxySentAt = proxySentAt;
  return r;
}
