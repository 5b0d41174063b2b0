// The session room: video and sound peer to peer with WebRTC between up to three people (a
// counsellor and two partners). The server admits the booking's people and relays signalling
// over the socket; the media never pass through it. Each pair has its own connection: the one
// already in the room offers to whoever joins.
(() => {
  'use strict';
  const root = document.getElementById('room');
  if (!root) return;
  root.hidden = false;
  const booking = root.dataset.booking;
  const iceServers = JSON.parse(root.dataset.ice || '[]');
  const $ = (id) => document.getElementById(id);
  // The words, in the page's language, from the room's data-t-* attributes (English if missing).
  const tr = (key, english) => root.getAttribute('data-t-' + key) || english;
  const fill = (text, name, value) => text.replace('{' + name + '}', () => value);
  const statusEl = $('room-status');
  const say = (t) => { statusEl.textContent = t; };
  const joinBtn = $('room-join');
  const muteBtn = $('room-mute');
  const camBtn = $('room-camera');
  const leaveBtn = $('room-leave');
  const chatText = $('room-chat-text');
  const chatSend = $('room-chat-send');
  let ws = null;
  let me = null;
  let local = null;
  let mediaNote = '';
  // What the person chose for their microphone and camera. It outlives Leave: someone who
  // muted and left comes back muted, so nobody is heard or seen without choosing to be.
  let wantAudio = true;
  let wantVideo = true;
  const peers = new Map();
  // Each other person's microphone and camera, as they last said (by connection).
  const states = new Map();
  const noticeEl = $('room-notices');
  const notice = (t) => { noticeEl.textContent = t; };
  // Read by the browser tests: each peer connection's state, and what the tracks really do.
  window.roomPeers = () => [...peers.values()].map((p) => p.pc.connectionState);
  window.roomMedia = () => ({
    audio: !!local && local.getAudioTracks().some((t) => t.enabled && t.readyState === 'live'),
    video: !!local && local.getVideoTracks().some((t) => t.enabled && t.readyState === 'live'),
  });

  const send = (o) => { if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(o)); };

  const mediaProblem = (e) => {
    if (e && (e.name === 'NotAllowedError' || e.name === 'SecurityError')) {
      return tr('media-denied', 'Your browser did not allow the camera and microphone, so the others will not see or hear you. You can allow them in the browser\'s site settings and join again, or use the chat below.');
    }
    if (e && (e.name === 'NotFoundError' || e.name === 'OverconstrainedError')) {
      return tr('media-missing', 'No camera or microphone was found, so the others will not see or hear you. You can still see and hear them, and use the chat below.');
    }
    if (e && e.name === 'NotReadableError') {
      return tr('media-busy', 'The camera or microphone is in use by another program. Close it and join again, or use the chat below.');
    }
    return tr('media-failed', 'The camera and microphone could not be started. You can still see and hear the others, and use the chat below.');
  };

  const peerCount = () => [...peers.values()].filter((p) => p.pc.connectionState === 'connected').length;
  const summary = () => {
    const n = peerCount();
    const base = n === 0 ? tr('waiting', 'You are in the room. Waiting for the others to join…')
      : n === 1 ? tr('connected-one', 'You are connected with 1 other person.')
        : fill(tr('connected-many', 'You are connected with {n} others.'), 'n', String(n));
    say(mediaNote ? base + ' ' + mediaNote : base);
    root.dataset.connected = String(n);
  };

  // A tile's caption: the name, and whether their microphone or camera is off.
  const caption = (fig, name, audio, video) => {
    const cap = fig.querySelector('figcaption');
    cap.textContent = name;
    for (const [on, text] of [[audio, tr('tag-muted', 'Muted')], [video, tr('tag-camera-off', 'Camera off')]]) {
      if (on !== false) continue;
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = text;
      cap.append(' ', tag);
    }
    fig.classList.toggle('camera-off', video === false);
  };

  const figureFor = (id, name) => {
    let fig = document.getElementById('peer-' + id);
    if (!fig) {
      fig = document.createElement('figure');
      fig.id = 'peer-' + id;
      const video = document.createElement('video');
      video.autoplay = true;
      video.playsInline = true;
      fig.append(video, document.createElement('figcaption'));
      $('room-videos').append(fig);
      const st = states.get(id) || {};
      caption(fig, name || tr('someone', 'Someone'), st.audio, st.video);
    }
    return fig;
  };

  // The buttons and the own tile always say what the tracks are doing, and the others hear
  // of it (two booleans through the server, for their tiles).
  const showMedia = () => {
    const { audio, video } = window.roomMedia();
    muteBtn.textContent = audio || !local ? tr('mute', 'Mute') : tr('unmute', 'Unmute');
    camBtn.textContent = video || !local ? tr('camera-off', 'Turn camera off') : tr('camera-on', 'Turn camera on');
    caption($('room-local').closest('figure'), tr('you', 'You'), local ? audio : undefined, local ? video : undefined);
    send({ type: 'media', audio, video });
  };

  const onMedia = (from, name, audio, video) => {
    const was = states.get(from) || {};
    states.set(from, { audio, video });
    const p = peers.get(from);
    const who = name || (p && p.name) || tr('someone', 'Someone');
    const fig = document.getElementById('peer-' + from);
    if (fig) caption(fig, who, audio, video);
    const told = (key, english) => notice(fill(tr(key, english), 'name', who));
    if (was.audio !== undefined && was.audio !== audio) {
      if (audio) told('peer-mic-on', '{name} turned their microphone on.');
      else told('peer-mic-off', '{name} muted their microphone.');
    } else if (was.video !== undefined && was.video !== video) {
      if (video) told('peer-camera-on', '{name} turned their camera on.');
      else told('peer-camera-off', '{name} turned their camera off.');
    }
  };

  const peer = (id, name) => {
    let p = peers.get(id);
    if (p) return p;
    const pc = new RTCPeerConnection({ iceServers });
    p = { pc, name, polite: me > id };
    peers.set(id, p);
    if (local) {
      for (const t of local.getTracks()) pc.addTrack(t, local);
    } else {
      pc.addTransceiver('audio', { direction: 'recvonly' });
      pc.addTransceiver('video', { direction: 'recvonly' });
    }
    pc.addEventListener('icecandidate', (e) => {
      if (e.candidate) send({ type: 'signal', to: id, data: { candidate: e.candidate.toJSON() } });
    });
    pc.addEventListener('track', (e) => {
      const video = figureFor(id, p.name).querySelector('video');
      video.srcObject = e.streams[0] || new MediaStream([e.track]);
    });
    pc.addEventListener('connectionstatechange', () => {
      if (pc.connectionState === 'failed') {
        mediaNote = tr('failed', 'A connection could not be made; the chat still works.');
      }
      summary();
    });
    return p;
  };

  const drop = (id) => {
    const p = peers.get(id);
    if (!p) return;
    p.pc.close();
    peers.delete(id);
    states.delete(id);
    const fig = document.getElementById('peer-' + id);
    if (fig) fig.remove();
    summary();
  };

  const offerTo = async (id, name) => {
    const p = peer(id, name);
    p.making = true;
    try {
      await p.pc.setLocalDescription(await p.pc.createOffer());
      send({ type: 'signal', to: id, data: { description: p.pc.localDescription.toJSON() } });
    } finally {
      p.making = false;
    }
  };

  const onSignal = async (from, data, name) => {
    const p = peer(from, name);
    if (name && !p.name) p.name = name;
    if (data.description) {
      const d = data.description;
      const collision = d.type === 'offer' && (p.making || p.pc.signalingState !== 'stable');
      if (collision && !p.polite) return;
      if (collision) await p.pc.setLocalDescription({ type: 'rollback' });
      await p.pc.setRemoteDescription(d);
      if (d.type === 'offer') {
        await p.pc.setLocalDescription(await p.pc.createAnswer());
        send({ type: 'signal', to: from, data: { description: p.pc.localDescription.toJSON() } });
      }
      for (const c of p.pending || []) await p.pc.addIceCandidate(c);
      p.pending = [];
    } else if (data.candidate) {
      if (p.pc.remoteDescription) await p.pc.addIceCandidate(data.candidate);
      else (p.pending = p.pending || []).push(data.candidate);
    }
  };

  const addChat = (name, text) => {
    const li = document.createElement('li');
    const who = document.createElement('strong');
    who.textContent = name + ': ';
    li.append(who, text);
    $('room-chat').append(li);
  };

  // On a phone the joined room fills the screen (app.css): bring it into view.
  const phone = window.matchMedia('(max-width: 40rem)');
  const fit = () => { if (root.dataset.joined === 'true' && phone.matches) root.scrollIntoView({ block: 'start' }); };
  phone.addEventListener('change', fit);

  const setJoined = (on) => {
    root.dataset.joined = String(on);
    fit();
    joinBtn.disabled = on;
    for (const b of [leaveBtn, chatText, chatSend]) b.disabled = !on;
    // Without a camera and microphone there is nothing to mute or turn off.
    for (const b of [muteBtn, camBtn]) b.disabled = !on || !local;
  };

  const leave = () => {
    send({ type: 'leave' });
    for (const id of [...peers.keys()]) drop(id);
    if (ws) { ws.onclose = null; ws.close(); ws = null; }
    if (local) for (const t of local.getTracks()) t.stop();
    local = null;
    $('room-local').srcObject = null;
    setJoined(false);
    showMedia();
    say(tr('left', 'You left the room. You can join again while it is open.'));
  };

  joinBtn.addEventListener('click', async () => {
    joinBtn.disabled = true;
    mediaNote = '';
    say(tr('starting', 'Starting your camera and microphone…'));
    try {
      local = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
      for (const t of local.getAudioTracks()) t.enabled = wantAudio;
      for (const t of local.getVideoTracks()) t.enabled = wantVideo;
      $('room-local').srcObject = local;
    } catch (e) {
      local = null;
      mediaNote = mediaProblem(e);
    }
    ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/live');
    ws.addEventListener('open', () => send({ type: 'join', booking }));
    ws.addEventListener('message', async (e) => {
      const m = JSON.parse(e.data);
      try {
        if (m.type === 'ready') me = m.conn;
        else if (m.type === 'joined') { me = m.conn; setJoined(true); summary(); showMedia(); }
        else if (m.type === 'refused') { say(m.reason); ws.close(); joinBtn.disabled = false; }
        else if (m.type === 'hello') { await offerTo(m.from, m.name); showMedia(); }
        else if (m.type === 'media') onMedia(m.from, m.name, m.audio, m.video);
        else if (m.type === 'signal') await onSignal(m.from, m.data || {}, m.name);
        else if (m.type === 'bye') drop(m.from);
        else if (m.type === 'chat') addChat(m.name, m.text);
      } catch (err) {
        mediaNote = tr('broken', 'Something went wrong with a connection; the chat still works.');
        summary();
      }
    });
    ws.onclose = () => {
      if (me) say(tr('lost', 'The connection to the room was lost. Choose “Join” to come back.'));
      for (const id of [...peers.keys()]) drop(id);
      setJoined(false);
    };
  });

  // Each button turns its tracks to the opposite of what they do now, whatever the label
  // said, then the label is read back from the tracks.
  muteBtn.addEventListener('click', () => {
    wantAudio = !window.roomMedia().audio;
    if (local) for (const t of local.getAudioTracks()) t.enabled = wantAudio;
    showMedia();
    notice(wantAudio ? tr('mic-on', 'Your microphone is on.') : tr('mic-off', 'You are muted.'));
  });
  camBtn.addEventListener('click', () => {
    wantVideo = !window.roomMedia().video;
    if (local) for (const t of local.getVideoTracks()) t.enabled = wantVideo;
    showMedia();
    notice(wantVideo ? tr('camera-is-on', 'Your camera is on.') : tr('camera-is-off', 'Your camera is off.'));
  });
  leaveBtn.addEventListener('click', leave);
  $('room-chat-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = chatText.value.trim();
    const error = $('room-chat-error');
    error.hidden = !!text;
    chatText.setAttribute('aria-invalid', String(!text));
    if (!text) {
      chatText.focus();
      return;
    }
    send({ type: 'chat', text });
    addChat(tr('you', 'You'), text);
    chatText.value = '';
  });
})();
