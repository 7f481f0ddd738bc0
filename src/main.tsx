import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstRender, Providers } from './app/providers';
import { App } from './app/app';
import './app/app.css';

const root = document.getElementById('root');
if (root) {
  void firstRender.then(() =>
    createRoot(root).render(
      <StrictMode>
        <Providers>
          <App />
        </Providers>
      </StrictMode>,
    ),
  );
}
