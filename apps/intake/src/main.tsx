import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createIntake } from './intake-actor';
import './styles.css';

// The QR code on the staff screen opens `/?code=XXXXXX`: read it once, then take it out of the
// address bar (and the history) so the next patient never sees it.
const url = new URL(window.location.href);
const code = url.searchParams.get('code');
if (code !== null) {
  url.searchParams.delete('code');
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
}

const actor = createIntake({ code, language: 'en' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App actor={actor} />
  </StrictMode>,
);
