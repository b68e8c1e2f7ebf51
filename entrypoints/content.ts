export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.recoupe = 'ready';
  },
});
