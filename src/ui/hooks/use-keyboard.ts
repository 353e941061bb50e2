// Global single-key shortcuts; typing in a field never triggers them (except Escape).
import { useEffect, useRef } from 'react';

export type KeyMap = Record<string, () => void>;

/** Normalised name of a key press: 'n', 'shift+n', 'ctrl+z', 'ctrl+shift+z', 'escape', '/'. */
export function keyName(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const key = e.key.toLowerCase();
  const parts: string[] = [];
  if (e.ctrlKey || e.metaKey) parts.push('ctrl');
  if (e.altKey) parts.push('alt');
  // Shift matters for letters and named keys; for '/', '[' or '?' it is already in the character.
  if (e.shiftKey && (/^[a-z]$/.test(key) || key.length > 1)) parts.push('shift');
  return [...parts, key].join('+');
}

export function useKeyboard(map: KeyMap): void {
  const current = useRef(map);
  current.current = map;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
      const name = keyName(e);
      if (typing && name !== 'escape') return;
      const action = current.current[name];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
