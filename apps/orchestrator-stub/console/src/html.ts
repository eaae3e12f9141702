import htm from 'htm';
import { h } from 'preact';

/** Preact's `h` as tagged template literals: components without a JSX build step. */
export const html = htm.bind(h);
