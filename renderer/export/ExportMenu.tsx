import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SavedFilter } from '../../core/model/highlight-filter.js';
import { listExportChoices, type ExportChoice, type ExportContext } from './export-choices.js';
import { ExportProgressBar } from './ExportProgressBar.js';
import { FolderExportDialog } from './FolderExportDialog.js';
import { HighlightTemplateDialog } from './HighlightTemplateDialog.js';
import { useExportRun } from './use-export-run.js';
import './export.css';
import { useApi } from '../api/api-context.js';

interface ExportMenuProps {
  /** The open article, if any. */
  article: { id: string; title: string } | null;
  /** The claims view's active tag and claimant, offered as a Markdown collection. */
  tag?: string | undefined;
  claimant?: string | undefined;
  /** In the claims view: the claims it shows, offered in every format. */
  claims?: ExportContext['claims'];
  /** Saves pending edits before an export reads the library. */
  beforeExport?: () => Promise<unknown>;
  onError: (error: unknown) => void;
}

/**
 * The Export menu button (WAI-ARIA menu button pattern: arrow keys, Home/End, Escape): each entry
 * builds its file in the window with a progress bar and Cancel, then downloads it; then the whole
 * library as a Markdown folder (a dialog of its own), and the highlight template editor used by
 * the Markdown exports.
 */
export function ExportMenu({ article, tag, claimant, claims, beforeExport, onError }: ExportMenuProps) {
  const api = useApi();
  const menuId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [isEditingTemplate, setIsEditingTemplate] = useState(false);
  const [isExportingFolder, setIsExportingFolder] = useState(false);
  const [savedFilters, setSavedFilters] = useState<readonly SavedFilter[]>([]);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const { run, start, cancel } = useExportRun(onError, beforeExport);
  const choices = listExportChoices({ article, tag, claimant, claims, savedFilters });

  // Saved filters change in the claims view; reading them on each opening keeps the menu current.
  useEffect(() => {
    if (!isOpen) return;
    let isCurrent = true;
    api.listSavedFilters({}).then((found) => isCurrent && setSavedFilters(found), () => isCurrent && setSavedFilters([]));
    return () => {
      isCurrent = false;
    };
  }, [api, isOpen]);

  useEffect(() => {
    if (!isOpen) return;
    menuItems(menuRef.current)[0]?.focus();
    const closeOnOutsideClick = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setIsOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [isOpen]);

  const close = (shouldFocusButton: boolean) => {
    setIsOpen(false);
    if (shouldFocusButton) buttonRef.current?.focus();
  };

  const choose = (choice: ExportChoice) => {
    close(true);
    void start(choice.label, choice.request);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = menuItems(menuRef.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const moveTo = (next: number) => items[(next + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') moveTo(index + 1);
    else if (event.key === 'ArrowUp') moveTo(index - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    // These keys belong to the menu; the app's shortcuts and the page must not see them.
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        disabled={run !== null}
        onClick={() => setIsOpen((open) => !open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !isOpen) {
            event.preventDefault();
            setIsOpen(true);
          }
        }}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {isOpen && (
        <div ref={menuRef} id={menuId} className="export-menu-list" role="menu" aria-label="Export" onKeyDown={onMenuKeyDown}>
          {choices.map((choice) => (
            <MenuEntry key={choice.key} label={choice.label} startsGroup={choice.startsGroup === true} onChoose={() => choose(choice)} />
          ))}
          <MenuEntry
            label="Markdown: whole library as a folder…"
            startsGroup
            onChoose={() => {
              close(true);
              setIsExportingFolder(true);
            }}
          />
          <MenuEntry
            label="Highlight template…"
            startsGroup
            onChoose={() => {
              close(true);
              setIsEditingTemplate(true);
            }}
          />
        </div>
      )}
      {run && <ExportProgressBar run={run} onCancel={cancel} />}
      <HighlightTemplateDialog isOpen={isEditingTemplate} onClose={() => setIsEditingTemplate(false)} />
      <FolderExportDialog isOpen={isExportingFolder} beforeExport={beforeExport} onClose={() => setIsExportingFolder(false)} />
    </div>
  );
}

function MenuEntry({ label, startsGroup, onChoose }: { label: string; startsGroup: boolean; onChoose: () => void }) {
  return (
    <>
      {startsGroup && <div role="separator" className="export-menu-separator" />}
      <button type="button" role="menuitem" tabIndex={-1} className="export-menu-item" dir="auto" onClick={onChoose}>
        {label}
      </button>
    </>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
}
