// The web console: noVNC (@novnc/novnc, MPL-2.0) on a WebSocket to VirtDeck's console relay.
// Fires "state-changed" (detail: state, code, reason) and "paste-progress" (detail: done, total).
import RFB from '@novnc/novnc';

const XK_RETURN = 0xff0d;

class VdVncConsole extends HTMLElement {
  connectedCallback() {
    if (!this._screen) {
      this._screen = document.createElement('div');
      this._screen.className = 'vd-vnc-screen';
      this._screen.style.width = '100%';
      this._screen.style.height = '100%';
      this.appendChild(this._screen);
    }
  }

  disconnectedCallback() {
    this.disconnect();
  }

  connect(path) {
    this.disconnect();
    const url = new URL(path, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url.href);
    socket.binaryType = 'arraybuffer';
    let close = { code: 0, reason: '' };
    socket.addEventListener('close', (e) => (close = { code: e.code, reason: e.reason }));
    this._state('connecting', 0, '');
    const rfb = new RFB(this._screen, socket);
    rfb.scaleViewport = this._scaled !== false;
    rfb.resizeSession = false;
    rfb.addEventListener('connect', () => this._state('connected', 0, ''));
    rfb.addEventListener('disconnect', () => {
      // the close event of the socket comes first; give it a moment when it has not
      setTimeout(() => this._state('disconnected', close.code, close.reason), 50);
    });
    this._rfb = rfb;
  }

  disconnect() {
    if (this._rfb) {
      const rfb = this._rfb;
      this._rfb = null;
      try {
        rfb.disconnect();
      } catch (ignored) {
        // already closed
      }
    }
  }

  ctrlAltDel() {
    if (this._rfb) {
      this._rfb.sendCtrlAltDel();
      this._rfb.focus();
    }
  }

  /** Presses the keysyms in order and releases them in reverse. */
  sendCombo(keysyms) {
    if (!this._rfb) return;
    keysyms.forEach((k) => this._rfb.sendKey(k, null, true));
    [...keysyms].reverse().forEach((k) => this._rfb.sendKey(k, null, false));
    this._rfb.focus();
  }

  /** Types text into the guest one key at a time, reporting progress. */
  async paste(text) {
    if (!this._rfb) return;
    const total = text.length;
    for (let i = 0; i < total && this._rfb; i++) {
      const c = text.charCodeAt(i);
      const keysym = c === 10 || c === 13 ? XK_RETURN : c < 0x100 ? c : 0x01000000 + c;
      this._rfb.sendKey(keysym, null, true);
      this._rfb.sendKey(keysym, null, false);
      if (i % 10 === 9 || i === total - 1) {
        this.dispatchEvent(new CustomEvent('paste-progress', { detail: { done: i + 1, total } }));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  }

  fullscreen() {
    this.requestFullscreen?.();
  }

  scale(fit) {
    this._scaled = fit;
    if (this._rfb) {
      this._rfb.scaleViewport = fit;
      this._rfb.clipViewport = false;
    }
  }

  _state(state, code, reason) {
    this.setAttribute('state', state);
    this.dispatchEvent(new CustomEvent('state-changed', { detail: { state, code, reason } }));
  }
}

customElements.define('vd-vnc-console', VdVncConsole);
