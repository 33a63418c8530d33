import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { contactList } from './contact.js';

describe('contactList', () => {
  it('lists the given details in the given order, phone and e-mail as links, without the missing ones', () => {
    const host = document.createElement('div');
    const contact = { phone: '+32 (0)50 12 34 56', email: 'info@voorbeeld.be', address: 'Marktplein 1' };
    render(
      contactList(contact, [
        ['address', 'Adres'],
        ['hours', 'Openingsuren'],
        ['phone', 'Telefoon'],
        ['email', 'E-mail'],
      ]),
      host,
    );
    expect([...host.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['Adres', 'Telefoon', 'E-mail']);
    expect(host.querySelector('address')!.textContent).to.equal('Marktplein 1');
    const [tel, mail] = host.querySelectorAll('a');
    expect([tel!.getAttribute('href'), tel!.textContent]).to.deep.equal(['tel:+32050123456', '+32 (0)50 12 34 56']);
    expect([mail!.getAttribute('href'), mail!.textContent]).to.deep.equal(['mailto:info@voorbeeld.be', 'info@voorbeeld.be']);
  });
});
