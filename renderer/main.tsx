import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/schema/z';
import { ApiProvider } from './api/ApiContext';
import { createApiClient } from './api/client';
import { App } from './App';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <ApiProvider client={createApiClient()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
