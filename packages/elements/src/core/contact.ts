import { html, nothing, type TemplateResult } from 'lit';

/** The municipality's contact details, as the help panel and the footer's contact column show them. */
export interface ContactDetails {
  phone?: string;
  hours?: string;
  email?: string;
  address?: string;
}

/**
 * Contact details as a definition list, in the order of `labels` (missing details are left out):
 * the phone number as a tel: link of the digits to dial, the e-mail address as a mailto: link.
 */
export function contactList(contact: ContactDetails, labels: [keyof ContactDetails, string][]): TemplateResult {
  return html`<dl>
    ${labels.map(([field, label]) => {
      const value = contact[field];
      if (!value) return nothing;
      return html`<dt>${label}</dt>
        <dd>${detail(field, value)}</dd>`;
    })}
  </dl>`;
}

function detail(field: keyof ContactDetails, value: string): TemplateResult | string {
  switch (field) {
    case 'phone':
      return html`<a href="tel:${value.replace(/[^+\d]/g, '')}">${value}</a>`;
    case 'email':
      return html`<a href="mailto:${value}">${value}</a>`;
    case 'address':
      return html`<address>${value}</address>`;
    case 'hours':
      return value;
  }
}
