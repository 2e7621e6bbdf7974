import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import '@/assets/fonts.css';
import './style.css';

document.title = 'OIT Auditor';

// popup.html[?tab=<tabId>]: the tab parameter is for browser tests (shared/stack-notes.md).
render(<PopupApp tabParam={new URLSearchParams(location.search).get('tab')} />, document.getElementById('app')!);
