// A stand-in for https://www.youtube.com/iframe_api, served to the page by request routing.
// It implements the part of YT.Player the page uses, keeps a clock the test can set, and records
// every command, so tests can play, pause, jump and fail the "video" and read back what the page
// asked of it. Plain JavaScript: it runs in the page as is.
//
// Like the real player, seekTo starts playback from every state but paused (the IFrame API
// reference: "If the function is called from another state (playing, video cued, etc.), the player
// will play the video"), and cueVideoById shows the video at a time without playing it. Options
// set before this script runs (window.__fakeYTOptions, see fake-youtube.ts) hold the players' onReady
// back and make the browser refuse to start the video, as autoplay rules do.
(function installFakeYouTube() {
  var STATE = { UNSTARTED: -1, ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 };
  var options = window.__fakeYTOptions || {};

  var control = {
    players: [],
    /** Every command the page sent: ['seekTo', seconds, allowSeekAhead], ['playVideo'], ... */
    calls: [],
    timeReads: 0,
    /** When set, the clock does not advance while playing (for counting work per tick). */
    frozen: false,
    /** Playback speed of the fake clock: benchmarks run through many turns in a few seconds. */
    rate: 1,
    /** While set, players wait for releaseReady() before firing onReady. */
    holdReady: options.holdReady === true,
    /** While set, the page's requests to play leave the video still; the viewer's own press works. */
    autoplayBlocked: options.autoplayBlocked === true,
    /** Fires onReady on every player held back by holdReady. */
    releaseReady: function () {
      this.holdReady = false;
      this.players.forEach(function (player) {
        player.becomeReady();
      });
    },
    /** Called on every getCurrentTime, for benchmarks that measure per poll. */
    onTimeRead: null,
    get player() {
      return this.players[this.players.length - 1] || null;
    },
    /** Moves the playhead as if the viewer dragged YouTube's own scrubber (no seekTo call). */
    setTime: function (seconds) {
      this.player.jump(seconds);
    },
    /** Presses play or pause inside the video, as the viewer would. */
    play: function () {
      this.player.setState(STATE.PLAYING);
    },
    pause: function () {
      this.player.setState(STATE.PAUSED);
    },
    fireError: function (code) {
      this.player.emit('onError', code);
    },
    seekCalls: function () {
      return this.calls.filter(function (call) {
        return call[0] === 'seekTo';
      });
    },
  };

  function Player(elementOrId, options) {
    var element = typeof elementOrId === 'string' ? document.getElementById(elementOrId) : elementOrId;
    var vars = options.playerVars || {};
    this.options = options;
    this.handlers = options.events || {};
    this.listeners = {};
    this.state = STATE.UNSTARTED;
    this.position = typeof vars.start === 'number' ? vars.start : 0;
    this.since = performance.now();
    this.destroyed = false;
    this.readyFired = false;

    var iframe = document.createElement('iframe');
    var host = options.host || 'https://www.youtube.com';
    iframe.src = host + '/embed/' + encodeURIComponent(options.videoId || '') + '?enablejsapi=1';
    iframe.id = element.id || '';
    iframe.setAttribute('width', String(options.width || 640));
    iframe.setAttribute('height', String(options.height || 360));
    iframe.setAttribute('title', 'YouTube video player');
    element.replaceWith(iframe);
    this.iframe = iframe;
    control.players.push(this);

    var self = this;
    setTimeout(function () {
      if (!control.holdReady) self.becomeReady();
    }, 30);
  }

  Player.prototype.becomeReady = function () {
    if (this.destroyed || this.readyFired) return;
    this.state = typeof (this.options.playerVars || {}).start === 'number' ? STATE.CUED : STATE.UNSTARTED;
    this.readyFired = true;
    this.emit('onReady');
  };
  /** A start the page asked for: refused while autoplay is blocked (a moment of buffering, then still again). */
  Player.prototype.startFromPage = function () {
    if (this.state === STATE.PLAYING) return;
    if (!control.autoplayBlocked) {
      this.setState(STATE.PLAYING);
      return;
    }
    var self = this;
    var before = this.state === STATE.BUFFERING ? STATE.UNSTARTED : this.state;
    this.setState(STATE.BUFFERING);
    setTimeout(function () {
      if (self.state === STATE.BUFFERING) self.setState(before);
    }, 50);
  };

  Player.prototype.now = function () {
    if (this.state !== STATE.PLAYING || control.frozen) return this.position;
    return this.position + ((performance.now() - this.since) / 1000) * control.rate;
  };
  Player.prototype.jump = function (seconds) {
    this.position = seconds;
    this.since = performance.now();
  };
  Player.prototype.setState = function (state) {
    this.jump(this.now());
    this.state = state;
    this.emit('onStateChange', state);
  };
  Player.prototype.emit = function (name, data) {
    var event = { target: this, data: data };
    if (typeof this.handlers[name] === 'function') this.handlers[name](event);
    (this.listeners[name] || []).forEach(function (listener) {
      listener(event);
    });
  };
  Player.prototype.addEventListener = function (name, listener) {
    (this.listeners[name] = this.listeners[name] || []).push(listener);
  };
  Player.prototype.removeEventListener = function (name, listener) {
    this.listeners[name] = (this.listeners[name] || []).filter(function (other) {
      return other !== listener;
    });
  };
  Player.prototype.playVideo = function () {
    control.calls.push(['playVideo']);
    this.startFromPage();
  };
  Player.prototype.pauseVideo = function () {
    control.calls.push(['pauseVideo']);
    if (this.state === STATE.PLAYING) this.setState(STATE.PAUSED);
  };
  Player.prototype.stopVideo = function () {
    control.calls.push(['stopVideo']);
    this.setState(STATE.UNSTARTED);
  };
  Player.prototype.seekTo = function (seconds, allowSeekAhead) {
    control.calls.push(['seekTo', seconds, allowSeekAhead]);
    this.jump(seconds);
    if (this.state !== STATE.PAUSED) this.startFromPage();
  };
  Player.prototype.getCurrentTime = function () {
    control.timeReads += 1;
    if (typeof control.onTimeRead === 'function') control.onTimeRead();
    return this.now();
  };
  Player.prototype.getPlayerState = function () {
    return this.state;
  };
  Player.prototype.getDuration = function () {
    return 5836;
  };
  Player.prototype.getIframe = function () {
    return this.iframe;
  };
  Player.prototype.cueVideoById = function (arg) {
    control.calls.push(['cueVideoById', arg]);
    var start = typeof arg === 'object' && arg !== null ? arg.startSeconds : arguments[1];
    this.jump(typeof start === 'number' ? start : 0);
    this.setState(STATE.CUED);
  };
  Player.prototype.loadVideoById = function (arg) {
    control.calls.push(['loadVideoById', arg]);
  };
  Player.prototype.setSize = function () {};
  Player.prototype.destroy = function () {
    this.destroyed = true;
    if (this.iframe.parentNode) this.iframe.remove();
  };

  window.__fakeYT = control;
  window.YT = { Player: Player, PlayerState: STATE, loaded: 1 };
  if (typeof window.onYouTubeIframeAPIReady === 'function') window.onYouTubeIframeAPIReady();
})();
