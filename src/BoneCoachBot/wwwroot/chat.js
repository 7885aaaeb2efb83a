// Connects Web Chat to the bot: POST /api/directline/token gives a token for one conversation, on the bot's own
// local Direct Line (development) or on Azure's (production; the secret stays on the server).
(async function () {
  'use strict';
  const status = document.getElementById('status');

  // Colours chosen for WCAG AA contrast on white (4.5:1 or more for text).
  const styleOptions = {
    accent: '#0b5394',
    subtle: '#4a4a4a',
    timestampColor: '#4a4a4a',
    sendBoxPlaceholderColor: '#4a4a4a',
    suggestedActionTextColor: '#0b5394',
    suggestedActionBorderColor: '#0b5394',
    suggestedActionLayout: 'flow',
    bubbleMaxWidth: 640,
    // Web Chat crops images to 240 px high by default; the progress chart (800×450) must show whole: title, legend and weeks.
    bubbleImageHeight: 360,
    hideUploadButton: true,
    sendTypingIndicator: false,
  };

  try {
    const response = await fetch('api/directline/token', { method: 'POST' });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(answer.detail || 'The chat could not start.');
    }

    const domain = new URL(answer.domain, window.location.href).href.replace(/\/$/, '');
    const directLine = window.WebChat.createDirectLine({ token: answer.token, domain: domain, webSocket: false });
    window.WebChat.renderWebChat(
      { directLine: directLine, userID: answer.userId, locale: navigator.language || 'en-US', styleOptions: styleOptions },
      document.getElementById('webchat'));
    status.textContent = '';
    focusSendBoxWhenDrawn(document.getElementById('webchat'));
  } catch (error) {
    status.textContent = 'Sorry, the chat could not start: ' + error.message;
  }

  // Keyboard users start typing at once: the cursor goes to the message box as soon as Web Chat has drawn it.
  function focusSendBoxWhenDrawn(container) {
    const find = () => container.querySelector('[aria-label="Message input box"], input[type="text"], textarea');
    const focus = () => {
      const box = find();
      if (box) {
        box.focus();
        return true;
      }
      return false;
    };
    if (focus()) {
      return;
    }
    const observer = new MutationObserver(() => {
      if (focus()) {
        observer.disconnect();
      }
    });
    observer.observe(container, { childList: true, subtree: true });
  }
})();
