/**
 * The inline <head> script, apart from preferences.ts so that the bundled browser code
 * (which imports preferences.ts) does not carry a copy of it.
 */
import { PREFERENCES } from './preferences.ts';

/**
 * Runs inline in <head>, before the body is parsed, so a stored dark theme never flashes
 * light. It copies only known values; storage may be unavailable (private mode), hence try.
 * Kept as a string so the CSP hash can be computed from the very text that is rendered.
 */
export const PREFERENCE_SCRIPT = `try{var d=document.documentElement;${Object.values(PREFERENCES)
  .map(
    ({ storageKey, attribute, values, fallback }) =>
      `var v=localStorage.getItem(${JSON.stringify(storageKey)});if(${JSON.stringify(values.filter((value) => value !== fallback))}.indexOf(v)>=0)d.setAttribute(${JSON.stringify(attribute)},v);`,
  )
  .join('')}}catch(e){}`;
