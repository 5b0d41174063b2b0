// Live updates on a conversation page: new and changed messages appear, read state updates,
// and the unread count in the navigation follows. Without this script the page still works:
// reload to see what is new. Its words come from the page (#live-status's data- attributes),
// in the page's language.
(() => {
  'use strict';
  const list = document.getElementById('messages');
  if (!list || !('WebSocket' in window)) return;
  const thread = list.dataset.thread;
  let last = Number(list.dataset.lastSeq) || 0;
  const status = document.getElementById('live-status');
  let ws = null;
  let tries = 0;

  const badge = (n) => {
    const link = document.querySelector('a[href="/messages"][data-nav]');
    if (!link) return;
    let b = link.querySelector('.badge');
    if (n > 0) {
      if (!b) {
        b = document.createElement('span');
        b.className = 'badge';
        link.append(' ', b);
      }
      b.innerHTML = '';
      b.append(String(n));
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ' ' + (status.getAttribute('data-unread') || 'unread');
      b.append(hidden);
    } else if (b) {
      b.remove();
    }
  };

  const markRead = () => {
    if (ws && ws.readyState === WebSocket.OPEN && document.visibilityState === 'visible') {
      ws.send(JSON.stringify({ type: 'read', thread, seq: last }));
    }
  };

  const place = (seq, html) => {
    const tpl = document.createElement('template');
    tpl.innerHTML = html.trim();
    const item = tpl.content.firstElementChild;
    const old = document.getElementById('m-' + seq);
    if (old) old.replaceWith(item); else list.append(item);
    const none = document.getElementById('no-messages');
    if (none) none.remove();
    if (seq > last) last = seq;
  };
  const states = (pairs) => {
    for (const [seq, text] of pairs) {
      const el = list.querySelector('[data-state-for="' + seq + '"]');
      if (el) el.textContent = text;
    }
  };
  const sync = () => {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: 'sync', thread, seq: last }));
  };

  const onMessage = (m) => {
    if (m.type === 'ready' || m.type === 'resync') {
      // Whatever happened while this page was loading or offline.
      sync();
    } else if (m.type === 'sync' && m.thread === thread) {
      let theirs = false;
      for (const i of m.items) {
        place(i.seq, i.html);
        theirs = theirs || !i.mine;
      }
      states(m.states);
      if (theirs) markRead();
      list.dataset.live = 'on';
    } else if (m.type === 'message' && m.thread === thread) {
      place(m.seq, m.html);
      if (!m.mine) markRead();
    } else if (m.type === 'read' && m.thread === thread) {
      states(m.states);
    }
    if (typeof m.unread === 'number') badge(m.unread);
  };

  const connect = () => {
    ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/live');
    ws.addEventListener('open', () => {
      tries = 0;
      status.textContent = status.getAttribute('data-live-on') || 'New messages appear here as they arrive.';
    });
    ws.addEventListener('message', (e) => onMessage(JSON.parse(e.data)));
    ws.addEventListener('close', () => {
      list.dataset.live = 'off';
      status.textContent = status.getAttribute('data-live-off') || 'Live updates paused; trying again…';
      setTimeout(connect, Math.min(30000, 1000 * 2 ** tries++));
    });
  };
  document.addEventListener('visibilitychange', markRead);
  connect();
})();
