import { uiText } from './ui-text';

/** English UI strings (`@preflight/screening/i18n/en`). */
export const en = uiText('en');
export default en;
