import { uiText } from './ui-text';

/** Spanish UI strings (`@preflight/screening/i18n/es`). */
export const es = uiText('es');
export default es;
