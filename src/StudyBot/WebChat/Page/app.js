// StudyBot's Web Chat page: the official botframework-webchat bundle (served from this service, no CDN) talking to
// the service's built-in Direct Line endpoint by polling. The language switch sets Web Chat's locale, which Web Chat
// sends as each activity's `locale`, so StudyBot answers in that language.
(function () {
  'use strict';

  var texts = JSON.parse(document.getElementById('studybot-texts').textContent);
  var status = document.getElementById('status');
  var root = document.getElementById('webchat');
  var buttons = document.querySelectorAll('[data-lang]');
  var locales = { ko: 'ko-KR', en: 'en-US' };
  var lang = readStored('studybot.lang') || document.documentElement.lang;
  var directLine = null;
  var store = null;

  function readStored(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function remember(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: not remembered */ }
  }

  // The same learner across reloads, so /progress keeps what /done recorded: the service embeds it (dl_…) in the token.
  // getRandomValues works outside secure contexts too (a phone on the LAN opening http://<ip>:5080).
  function userId() {
    var id = readStored('studybot.userId');
    if (!id) {
      var bytes = new Uint8Array(12);
      window.crypto.getRandomValues(bytes);
      id = 'dl_' + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
      remember('studybot.userId', id);
    }
    return id;
  }

  function t(key) {
    return (texts[lang] && texts[lang][key]) || texts.ko[key] || '';
  }

  function showStatus(key, isError) {
    status.textContent = key ? t(key) : '';
    status.classList.toggle('error', !!isError);
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t('title');
    document.querySelectorAll('[data-text]').forEach(function (el) {
      if (el !== status) { el.textContent = t(el.getAttribute('data-text')); }
    });
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang)); });
  }

  function render() {
    if (!directLine) { return; }
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      // No userID: Web Chat reads the user from the token (a dl_ id the service signed), as with Azure's Direct Line.
      locale: locales[lang],
      styleOptions: {
        hideUploadButton: true,
        botAvatarInitials: 'SB',
        userAvatarInitials: lang === 'ko' ? '나' : 'Me',
        accent: '#2456c7',
        bubbleMaxWidth: 640,
        rootHeight: '100%',
        rootWidth: '100%'
      }
    }, root);
  }

  function setLanguage(next) {
    if (!locales[next]) { return; }
    lang = next;
    remember('studybot.lang', lang);
    applyLanguage();
    render();
  }

  async function connect() {
    if (!window.WebChat) {
      showStatus('bundle_missing', true);
      return;
    }
    try {
      var response = await fetch('/v3/directline/tokens/generate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId() } })
      });
      if (!response.ok) { throw new Error('token ' + response.status); }
      var answer = await response.json();
      directLine = window.WebChat.createDirectLine({
        token: answer.token,
        domain: window.location.origin + '/v3/directline',
        webSocket: false,
        conversationStartProperties: { locale: locales[lang] }
      });
      store = window.WebChat.createStore();
      showStatus(null);
      render();
    } catch (e) {
      showStatus('failed', true);
    }
  }

  buttons.forEach(function (b) {
    b.addEventListener('click', function () { setLanguage(b.getAttribute('data-lang')); });
  });
  if (!locales[lang]) { lang = 'ko'; }
  applyLanguage();
  connect();
}());
