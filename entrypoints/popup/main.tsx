import { render } from 'preact';

render(<h1>Recoupe</h1>, document.getElementById('app')!);
