// Pinyin and dictionary glosses of a Chinese word the reader clicked.
import { useLayoutEffect, useRef, useState } from 'react';
import type { WordInfo } from '../../client/pipeline-api';

export function WordPopover({ info, at, onClose }: { info: WordInfo; at: { x: number; y: number }; onClose(): void }) {
  const box = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: at.x, top: at.y + 14 });
  // Keep the popover on screen: flip above the click or shift left near the edges.
  useLayoutEffect(() => {
    const r = box.current?.getBoundingClientRect();
    if (!r) return;
    const left = Math.max(8, Math.min(at.x - 20, window.innerWidth - r.width - 8));
    const top = at.y + 14 + r.height > window.innerHeight - 8 ? at.y - r.height - 10 : at.y + 14;
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
