// Runs before the page is parsed and breaks, in the page's main world, what scripts usually rely on: old libraries
// patch built-ins, some pages monkey-patch DOM methods to track or block insertions.
(() => {
  const calls = { push: 0, appendChild: 0, adoptedStyleSheets: 0 };
  window.__patchCalls = calls;
  // A framework that owns the document's styles sets document.adoptedStyleSheets to its own list, dropping any other:
  // once loaded, and again later.
  const own = new CSSStyleSheet();
  own.replaceSync('h1 { letter-spacing: 0.01em; }');
  const adopt = () => {
    document.adoptedStyleSheets = [own];
    calls.adoptedStyleSheets += 1;
  };
  const later = window.setTimeout.bind(window);
  addEventListener('load', () => {
    adopt();
    later(adopt, 1000);
  });
  const push = Array.prototype.push;
  Array.prototype.push = function (...items) {
    calls.push += 1;
    return push.apply(this, items);
  };
  Array.prototype.map = function () {
    throw new Error('map is forbidden on this page');
  };
  Array.prototype.filter = () => [];
  Array.prototype.includes = () => true;
  Array.prototype.toJSON = () => 'array';
  Object.prototype.polluted = 'yes';
  Object.defineProperty(Object.prototype, 'then', { value: undefined, writable: true, configurable: true });
  const appendChild = Node.prototype.appendChild;
  Node.prototype.appendChild = function (node) {
    calls.appendChild += 1;
    return appendChild.call(this, node);
  };
  Node.prototype.insertBefore = () => {
    throw new Error('insertBefore is forbidden on this page');
  };
  Element.prototype.attachShadow = () => {
    throw new Error('no shadow roots here');
  };
  Element.prototype.getAttribute = () => 'patched';
  Node.prototype.contains = () => false;
  Range.prototype.toString = () => 'patched range';
  window.getComputedStyle = () => ({ display: 'none', visibility: 'hidden' });
  JSON.parse = () => ({ patched: true });
  JSON.stringify = () => '"patched"';
  Math.random = () => 4;
  window.requestIdleCallback = () => 0;
  window.setTimeout = () => 0;
  window.MutationObserver = function () {
    throw new Error('no observers');
  };
  window.CSSStyleSheet = function () {
    throw new Error('no constructed sheets');
  };
  window.Highlight = function () {
    throw new Error('no highlights');
  };
})();
