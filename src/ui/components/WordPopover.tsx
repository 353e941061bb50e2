// Pinyin and dictionary glosses of a Chinese word the reader clicked.
import { useLayoutEffect, useRef, useState } from 'react';
import type { WordInfo } from '../../client/pipeline-api';

export function WordPopover({ info, at, onClose }: { info: WordInfo; at: { x: number; y: number }; onClose(): void }) {
  const box = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: at.x, top: at.y - 16 });
  // Above the clicked line, so the text the reader goes on to stays visible; below it only when
  // there is no room above; shifted left near the right edge.
  useLayoutEffect(() => {
    const r = box.current?.getBoundingClientRect();
    if (!r) return;
    const left = Math.max(8, Math.min(at.x - 20, window.innerWidth - r.width - 8));
    const above = at.y - 16 - r.height;
    const top = above >= 48 ? above : at.y + 18;
    setPos({ left, top });
  }, [at, info]);
  return (
    <div className="word-popover" ref={box} style={{ left: pos.left, top: pos.top }} role="dialog" aria-label={`Dictionary: ${info.word}`}>
      <div className="word-head">
        <span className="word" lang="zh-CN">{info.word}</span>
        <span className="pinyin">{info.pinyin}</span>
        <button type="button" className="close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      {info.entries.length ? (
        <ol className="glosses">
          {info.entries.slice(0, 4).map((e, i) => (
            <li key={i}>
              <span className="entry-pinyin">{e.pinyin}</span> {e.glosses.slice(0, 6).join('; ')}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">Not in the dictionary.</p>
      )}
      <p className="attribution">{info.attribution.split('(')[0].trim()}</p>
    </div>
  );
}
