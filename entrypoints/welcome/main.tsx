import '@/lib/zod';
import '@/components/styles.css';
import { render } from 'preact';
import { localisePage } from '@/lib/i18n';
import { App } from './App';

localisePage('page_title_welcome');
render(<App />, document.getElementById('app')!);
