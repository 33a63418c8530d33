import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { linkTo } from './links.js';

describe('linkTo', () => {
  it('marks a link that leaves the site, for the eye and in its name; a local link stays plain', () => {
    const host = document.createElement('div');
    render(
      [
        linkTo({ label: 'Elders', href: 'https://example.org/' }, '(externe website)', { part: 'nav-link' }),
        linkTo({ label: 'Hier', href: '/hier' }, '(externe website)', { current: true }),
      ],
      host,
    );
    const [away, here] = host.querySelectorAll('a');
    expect(away!.getAttribute('rel')).to.equal('external');
    expect(away!.getAttribute('part')).to.equal('nav-link');
    expect(away!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('↗');
    expect(away!.querySelector('.visually-hidden')!.textContent).to.equal(' (externe website)');
    expect([here!.hasAttribute('rel'), here!.hasAttribute('part'), here!.textContent]).to.deep.equal([false, false, 'Hier']);
    expect(here!.getAttribute('aria-current')).to.equal('page');
  });
});
