// The in-place editor of a clause's text: Enter or leaving the field saves, Escape cancels.
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../core/types';

export interface ClauseEditorProps {
  text: string;
  lang: Lang;
  onCommit(text: string): void;
  onCancel(): void;
}

export function ClauseEditor({ text, lang, onCommit, onCancel }: ClauseEditorProps) {
  const [value, setValue] = useState(text);
  const field = useRef<HTMLTextAreaElement>(null);
  // Escape must not save on the blur that closing the editor causes.
  const done = useRef(false);
  useEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save) onCommit(value);
    else onCancel();
  };
  return (
    <span className="clause-editor" onClick={(e) => e.stopPropagation()}>
      <textarea
        ref={field}
        data-testid="clause-editor"
        aria-label="Corrected text of the clause"
        lang={lang === 'zh' ? 'zh-CN' : 'en'}
        rows={Math.min(10, Math.max(2, Math.ceil(value.length / 42) + 1))}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => finish(true)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') (e.preventDefault(), finish(false));
          else if (e.key === 'Enter' && !e.shiftKey) (e.preventDefault(), finish(true));
        }}
      />
      <span className="editor-hint">Enter saves and re-checks · Shift+Enter new line · Esc cancels</span>
    </span>
  );
}
