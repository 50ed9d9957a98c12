import { render } from 'preact';

render(<p>Sidecard popup</p>, document.getElementById('app')!);
