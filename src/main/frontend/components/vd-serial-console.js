// The serial console: xterm.js (@xterm/xterm, MIT) on a WebSocket to VirtDeck's console relay.
// Fires "state-changed" (detail: state, code, reason).
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';

class VdSerialConsole extends HTMLElement {
  connectedCallback() {
    if (!this._terminal) {
      this._terminal = new Terminal({ scrollback: 5000, convertEol: false, cursorBlink: true });
      this._fit = new FitAddon();
      this._terminal.loadAddon(this._fit);
      this._terminal.open(this);
      this._terminal.onData((data) => this._send(data));
      this._terminal.attachCustomKeyEventHandler((e) => !this._clipboardShortcut(e));
      this._resize = new ResizeObserver(() => this._fit.fit());
    }
    this._resize.observe(this);
  }

  disconnectedCallback() {
    this._resize?.disconnect();
    this.disconnect();
  }

  connect(path) {
    this.disconnect();
    const url = new URL(path, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url.href);
    socket.binaryType = 'arraybuffer';
    this._state('connecting', 0, '');
    socket.addEventListener('open', () => {
      this._state('connected', 0, '');
      this._terminal.focus();
    });
    socket.addEventListener('message', (e) =>
      this._terminal.write(typeof e.data === 'string' ? e.data : new Uint8Array(e.data))
    );
    socket.addEventListener('close', (e) => {
      if (this._socket === socket) this._socket = null;
      this._state('disconnected', e.code, e.reason);
    });
    this._socket = socket;
  }

  disconnect() {
    const socket = this._socket;
    this._socket = null;
    if (socket && socket.readyState <= 1) socket.close(1000, 'closed');
  }

  /** The terminal's visible text, for tests and screen readers. */
  text() {
    const buffer = this._terminal.buffer.active;
    const lines = [];
    for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i).translateToString(true));
    return lines.join('\n');
  }

  /**
   * Ctrl+C (Cmd+C) with text selected copies it, Ctrl+V (Cmd+V) pastes: xterm.js would send them
   * to the guest as ^C and ^V. Left to the browser, they raise copy and paste events, which xterm.js
   * answers with its selection and by typing the pasted text. Ctrl+C without a selection still
   * interrupts. Matched by the physical key, as keyboard layouts and Shift change event.key.
   */
  _clipboardShortcut(e) {
    if (e.type !== 'keydown' || !(e.ctrlKey || e.metaKey) || e.altKey) return false;
    return (e.code === 'KeyC' && this._terminal.hasSelection()) || e.code === 'KeyV';
  }

  _send(data) {
    if (this._socket && this._socket.readyState === 1) {
      this._socket.send(new TextEncoder().encode(data));
    }
  }

  _state(state, code, reason) {
    this.setAttribute('state', state);
    this.dispatchEvent(new CustomEvent('state-changed', { detail: { state, code, reason } }));
  }
}

customElements.define('vd-serial-console', VdSerialConsole);
