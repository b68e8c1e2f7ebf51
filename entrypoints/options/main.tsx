import { render } from 'preact';

render(<h1>Recoupe options</h1>, document.getElementById('app')!);
