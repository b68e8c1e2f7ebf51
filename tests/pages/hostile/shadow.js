// A custom element that renders its text in an open shadow root, as web-component news sites do.
customElements.define(
  'news-quote',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const p = document.createElement('p');
      p.textContent = 'Dans une racine fantôme créée par script : 12 000 soldats nord-coréens, selon le GUR.';
      root.replaceChildren(p);
      document.body.dataset.quoteRendered = String(Number(document.body.dataset.quoteRendered ?? 0) + 1);
    }
  },
);
