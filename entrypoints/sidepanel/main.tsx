import { render } from 'preact';

render(<p>Sidecard sidepanel</p>, document.getElementById('app')!);
