import { mountApp } from './mount';

const root = document.getElementById('root');
if (root) mountApp(root, window.location.search);
