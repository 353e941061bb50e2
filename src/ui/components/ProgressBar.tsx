// The running pipeline: stage, a real progress bar and Cancel.
import type { Progress } from '../../core/pipeline';
import { progressFraction } from '../hooks/use-pipeline-run';

const stageName: Record<Progress['stage'], string> = { segment: 'Splitting into clauses', align: 'Aligning', check: 'Checking' };

export function ProgressBar({ progress, aligned, provisional, onCancel }: { progress: Progress | null; aligned: boolean; provisional: false | 'top' | 'whole'; onCancel(): void }) {
  const fraction = progressFraction(progress);
  const label = progress ? stageName[progress.stage] : 'Loading dictionary';
  return (
    <div className="progress" role="status" aria-live="polite">
      <span className="progress-label">
        {label}… {progress ? `${Math.round(fraction * 100)}%` : ''}
        {provisional ? (
          <span className="muted" data-testid="provisional">
            {provisional === 'top' ? ' · the first rows, aligned without the dictionary: the rest follows' : ' · provisional rows, aligned without the dictionary: read now, correct once aligned'}
          </span>
        ) : aligned ? (
          <span className="muted"> · rows ready, checks running</span>
        ) : null}
      </span>
      <div className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}>
        <div className={`progress-fill${progress ? '' : ' is-indeterminate'}`} style={{ width: progress ? `${fraction * 100}%` : '30%' }} />
      </div>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
