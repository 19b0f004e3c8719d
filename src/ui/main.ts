/** Entry point of the explorer bundle: registers the custom elements. */
import './la-app.js';
