import { render } from 'preact';

render(<p>Sidecard options</p>, document.getElementById('app')!);
