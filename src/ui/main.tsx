// Entry point of the viewer page. The pipeline client comes first: its worker boots while the rest loads.
import './page-pipeline';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
