import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

/** The toolbar button opens the app in the browser's own side panel (Chrome) or sidebar (Firefox). */
export function openSidePanelOnToolbarClick(): void {
  const sidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
  if (sidePanel) {
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  if (sidebarAction) {
    // Firefox requires the toggle to run synchronously inside the click handler.
    browser.action.onClicked.addListener(() => void sidebarAction.toggle());
  }
}
