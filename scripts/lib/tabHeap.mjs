// The heap of a whole tab: the page's and its workers' (the traffic model runs in one), read over the
// DevTools protocol. Workers are reached through the page's session (auto-attach, not flattened), since
// Playwright's CDP sessions open on pages only.

/** Watches `page` from before it loads; `read({ gc })` sums the used heap of the page and its workers. */
export async function watchTabHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  const workers = new Set();
  const waiting = new Map();
  let next = 1;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.add(e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m.result);
    waiting.delete(m.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const inWorker = (sessionId, method) =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  return {
    /** Used heap in bytes: `{ page, workers, total }`; with `gc`, after a full collection in each. */
    async read({ gc = false } = {}) {
      if (gc) {
        await cdp.send('HeapProfiler.collectGarbage');
        for (const s of workers) await inWorker(s, 'HeapProfiler.collectGarbage');
      }
      const page = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      let inWorkers = 0;
      for (const s of workers) inWorkers += (await inWorker(s, 'Runtime.getHeapUsage')).usedSize;
      return { page, workers: inWorkers, total: page + inWorkers };
    },
  };
}
