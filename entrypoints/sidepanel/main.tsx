import '@/lib/zod';
import '@/components/styles.css';
import { render } from 'preact';
import { localisePage } from '@/lib/i18n';
import { App } from './App';

localisePage('page_title_panel');
render(<App />, document.getElementById('app')!);
// Read by `npm run bench:ui`: time from navigation to the first rendered panel.
performance.mark('sidecard:first-render');
