import { describe, expect, it } from 'vitest';
import { GAD7_GROUP } from './gad7';
import { PHQ9_GROUP } from './phq9';
import {
  GAD7_FREQUENCY_OPTIONS,
  PHQ9_FREQUENCY_OPTIONS,
  PHQ_ATTRIBUTION,
} from './response-options';

// The Pfizer "Spanish for the USA" forms share their stem and answer labels; a drift here means
// one instrument was reworded.
describe('Spanish wording of the PHQ-9 and GAD-7', () => {
  it('gives both instruments the same stem and frequency labels', () => {
    expect(GAD7_GROUP.text.es).toBe(PHQ9_GROUP.text.es);
    expect(GAD7_FREQUENCY_OPTIONS.map((o) => o.label.es)).toEqual(
      PHQ9_FREQUENCY_OPTIONS.map((o) => o.label.es),
    );
    expect(PHQ9_FREQUENCY_OPTIONS.map((o) => o.label.es)).toEqual([
      'Ningún día',
      'Varios días',
      'Más de la mitad de los días',
      'Casi todos los días',
    ]);
  });

  it('shows the footer the Spanish form prints', () => {
    expect(PHQ_ATTRIBUTION.es).toBe(
      'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
    );
  });
});
