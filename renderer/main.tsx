import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/article.css';
import './styles/highlights.css';
import './styles/dialog.css';
import './styles/workspace.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
