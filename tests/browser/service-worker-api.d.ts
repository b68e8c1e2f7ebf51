/** The parts of the extension API the browser tests call inside the service worker (worker.evaluate). */
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  windows: { create(options: object): Promise<unknown> };
  i18n: { getUILanguage(): string };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};
