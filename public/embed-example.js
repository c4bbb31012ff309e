// Host-page side of the Web Stack Explorer message API: a plain script, no build step, no inline code.
// On a real course page, add `&origin=<your page's origin>` to the iframe src so the tool
// accepts commands only from you and sends its events only to you.
'use strict';

const SOURCE = 'web-stack-explorer';
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 4000;
const MAX_LOG_ENTRIES = 50;

const COMMANDS = {
  'select-mysql': { type: 'select', id: 'mysql' },
  'spof-on': { type: 'setFailure', failure: 'spof' },
  'spof-off': { type: 'setFailure', failure: null },
  'traffic-250': { type: 'setTraffic', rps: 250 },
  play: { type: 'play' },
  pause: { type: 'pause' },
  'fixes-lb-replica': { type: 'setFixes', fixes: ['lb', 'replica'], servers: 3 },
  'fixes-none': { type: 'setFixes', fixes: [] },
};

function start() {
  const frame = document.getElementById('explorer');
  const log = document.getElementById('log');
  // Commands go only to the origin the frame was loaded from, never to '*'.
  const frameOrigin = new URL(frame.src, document.baseURI).origin;

  function addLogEntry(text) {
    const item = document.createElement('li');
    item.textContent = text;
    log.prepend(item);
    while (log.children.length > MAX_LOG_ENTRIES) log.lastElementChild.remove();
  }

  window.addEventListener('message', (event) => {
    // Only our frame, only our namespace: other frames and browser extensions post messages too.
    if (event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
    const data = event.data;
    if (data === null || typeof data !== 'object' || data.source !== SOURCE) return;
    addLogEntry(`${new Date().toLocaleTimeString()}  ${data.type}  ${JSON.stringify(data)}`);
    if (data.type === 'resize' && Number.isFinite(data.height)) {
      frame.height = String(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(data.height))));
    }
  });

  for (const button of document.querySelectorAll('button[data-command]')) {
    button.addEventListener('click', () => {
      const command = COMMANDS[button.dataset.command];
      if (!command || !frame.contentWindow) return;
      frame.contentWindow.postMessage({ source: SOURCE, v: 1, ...command }, frameOrigin);
      addLogEntry(`sent  ${JSON.stringify(command)}`);
    });
  }
}

start();
