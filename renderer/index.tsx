// Runtime: browser. Entry point: connect to the API (Electron preload or web mode), then draw.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext, connectApi } from './api.ts';
import { App } from './app.tsx';

const handle = connectApi();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={handle}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
