import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/article.css';
import './styles/highlights.css';
import './styles/dialog.css';
// The workspace's features, beside their components; in this order, which the cascade relies on.
import './highlights/highlight-fields.css';
import './links/links.css';
import './rich/rich-text.css';
import './search/search.css';
import './library/library-sidebar.css';
import './tags/tag-tree.css';
import './claims/claims-view.css';
import './styles/filter-fields.css';
import './styles/app-dialogs.css';
import './highlights/highlight-list.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
