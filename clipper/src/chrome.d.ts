// The few WebExtension APIs the clipper uses, typed by hand (the full @types/chrome is large and
// would be a dependency for five calls). Chromium and Firefox both offer them as `chrome`.
declare namespace chrome {
  namespace runtime {
    function getManifest(): { version: string };
    function openOptionsPage(): Promise<void>;
    const onInstalled: { addListener(callback: () => void): void };
  }
  namespace tabs {
    interface Tab {
      id?: number;
      url?: string;
    }
    function query(query: { active: boolean; lastFocusedWindow?: boolean; currentWindow?: boolean }): Promise<Tab[]>;
  }
  namespace action {
    const onClicked: { addListener(callback: (tab: tabs.Tab) => void): void };
    function setBadgeText(details: { text: string; tabId?: number }): Promise<void>;
    function setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void>;
    function setTitle(details: { title: string; tabId?: number }): Promise<void>;
  }
  namespace commands {
    const onCommand: { addListener(callback: (command: string, tab?: tabs.Tab) => void): void };
  }
  namespace contextMenus {
    function create(properties: { id: string; title: string; contexts: string[] }): void;
    const onClicked: { addListener(callback: (info: { menuItemId: string | number }, tab?: tabs.Tab) => void): void };
  }
  namespace scripting {
    function executeScript<Args extends unknown[], Result>(injection: { target: { tabId: number }; func: (...args: Args) => Result; args?: Args }): Promise<Array<{ result?: Awaited<Result> }>>;
  }
  namespace storage {
    const local: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  }
}
