import { findItem } from './item-index';

// Staff read every chosen option by its English label, whatever language the patient used.

/** English label of a chosen option (`unsure` → "Not sure"); non-choice values as plain text. */
export function englishLabel(linkId: string, value: unknown): string {
  const entry = findItem(linkId);
  if (entry && 'options' in entry.item) {
    const option = entry.item.options.find((o) => o.value === value);
    if (option) return option.label.en;
  }
  if (entry?.item.type === 'quantity' && typeof value === 'object' && value !== null) {
    const quantity = value as { value?: unknown; unit?: unknown };
    return `${String(quantity.value)} ${String(quantity.unit)}`;
  }
  if (entry?.item.type === 'attestation') return value === true ? 'Confirmed' : 'Not confirmed';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** English question text of an item, for staff screens. */
export function englishQuestion(linkId: string): string | undefined {
  return findItem(linkId)?.item.text.en;
}
