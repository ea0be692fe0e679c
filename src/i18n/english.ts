/**
 * The page's messages said in English, for code that says them outside React with no page language to
 * hand (the 404 page the build writes) and as the default of functions that take a `t`.
 */
import { SOURCE_LANGUAGE, type Translate, translate } from './translate.ts';

export const english: Translate = (key, ...params) => translate(SOURCE_LANGUAGE, null, key, params[0]);
