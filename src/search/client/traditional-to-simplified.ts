/** Traditional (Taiwan phrases and variants) to Simplified: only the dictionaries that needs. */
import { ConverterFactory } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset/t2cn';

export const twToCn: (text: string) => string = ConverterFactory(from.twp!, to.cn!);
