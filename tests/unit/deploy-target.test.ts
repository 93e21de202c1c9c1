import { describe, expect, it } from 'vitest';
import { deployTarget } from '../../src/site/deploy-target.ts';

describe('deployTarget()', () => {
  it('reads SITE_URL and BASE_PATH, normalising the base', () => {
    expect(deployTarget({ SITE_URL: 'https://x.example', BASE_PATH: 'news' })).toEqual({ site: 'https://x.example', base: '/news/' });
  });

  it('leaves the site unset without SITE_URL and defaults the base to /', () => {
    expect(deployTarget({})).toEqual({ site: undefined, base: '/' });
    expect(deployTarget({ SITE_URL: '  ' })).toEqual({ site: undefined, base: '/' });
  });
});
