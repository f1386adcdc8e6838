// A patient alone with the tablet, in Spanish: follow-up questions, three readings (one unusual
// and confirmed), medicines from the catalogue and typed freely, review with a jump back, send.
// Every screen passes axe (WCAG 2.2 AA, target size included).
import type { Page } from '@playwright/test';
import {
  expect,
  test,
  choose,
  expectNoAxeViolations,
  tabletPage,
  unlock,
  type TestVisit,
} from './support/intake-helpers';

const next = (page: Page) => page.getByRole('button', { name: 'Siguiente' }).tap();

async function expectStep(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** Answers every question group on the screen that offers this option. */
async function answerAll(page: Page, answer: string) {
  const groups = page.getByRole('radiogroup');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const option = groups.nth(i).getByRole('radio', { name: answer, exact: true });
    if ((await option.count()) > 0) await option.check();
  }
}

async function fillReading(
  page: Page,
  n: number,
  values: { sys: string; dia: string; pulse: string; arm: string },
) {
  const card = page.getByRole('region', { name: `Medida ${n}` });
  await card.getByLabel('Número de arriba (SYS)').fill(values.sys);
  await card.getByLabel('Número de abajo (DIA)').fill(values.dia);
  await card.getByLabel('Pulso (latidos por minuto)').fill(values.pulse);
  await card.getByRole('radio', { name: values.arm }).check();
}

test('a full intake in Spanish, with follow-ups and three readings', async ({ browser, nurse }) => {
  const visit: TestVisit = await nurse.createVisit({
    givenName: 'Rosa',
    plannedTreatment: 'esketamine-nasal',
  });
  const page = await tabletPage(browser);
  await page.goto(`/?code=${visit.code}`);
  // The code from the QR link is read, then taken out of the address bar.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByLabel('Visit code')).toHaveValue(visit.code);
  await page.getByRole('button', { name: 'Español' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoAxeViolations(page);
  await unlock(page, visit, 'es');

  await expectStep(page, 'Su peso y estatura');
  await expect(page.getByText('Paso 1 de 14')).toBeVisible();
  await page.getByRole('textbox', { name: '¿Cuánto pesa?' }).fill('150');
  await next(page);

  await expectStep(page, 'Embarazo');
  await choose(page, /embarazada/, 'No aplica en mi caso');
  await choose(page, /pecho/, 'No aplica en mi caso');
  await next(page);

  await expectStep(page, 'Presión arterial');
  const controlled = page.getByRole('radiogroup', { name: /bajo control/ });
  await expect(controlled).toHaveCount(0);
  await choose(page, /presión alta\?/, 'Sí');
  await expect(controlled).toBeVisible();
  await choose(page, /bajo control/, 'No');
  await choose(page, /peligrosamente alta/, 'No');
  await next(page);

  await expectStep(page, 'Su corazón');
  await answerAll(page, 'No');
  await choose(page, /ataque al corazón/, 'Sí');
  await page.getByRole('textbox', { name: /En qué año/ }).fill('2015');
  await choose(page, /otro problema del corazón/, 'Sí');
  // Errors are next to the field, in Spanish, and focus moves to the first one.
  await next(page);
  const details = page.getByRole('textbox', { name: 'Cuéntenos sobre eso, por favor.' });
  await expect(details).toBeFocused();
  await expect(details).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Por favor conteste esta pregunta.')).toBeVisible();
  await expectNoAxeViolations(page);
  await details.fill('Tengo un marcapasos');
  await next(page);

  await expectStep(page, 'Vasos sanguíneos y cerebro');
  await answerAll(page, 'No');
  await next(page);

  await expectStep(page, 'Problemas de salud');
  await answerAll(page, 'No');
  await next(page);

  await expectStep(page, 'Salud mental y uso de sustancias');
  await answerAll(page, 'No');
  await next(page);

  await expectStep(page, 'Ketamina y alergias');
  await answerAll(page, 'No');
  await choose(page, /ketamina o esketamina \(Spravato\)/, 'Sí');
  await choose(page, /mala reacción/, 'Sí');
  await page.getByRole('textbox', { name: '¿Qué le pasó?' }).fill('Mareo fuerte');
  await next(page);

  await expectStep(page, 'Cómo tomarse la presión');
  await page.getByRole('button', { name: 'Comenzar el descanso de 5 minutos' }).tap();
  await expect(page.getByRole('timer')).toHaveText(/^[45]:\d\d$/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ya descansé 5 minutos' }).tap();
  await next(page);

  await expectStep(page, 'Sus medidas');
  await fillReading(page, 1, { sys: '128', dia: '82', pulse: '71', arm: 'Brazo izquierdo' });
  await page.getByRole('button', { name: 'Agregar otra medida' }).tap();
  await fillReading(page, 2, { sys: '126', dia: '80', pulse: '70', arm: 'Brazo izquierdo' });
  await page.getByRole('button', { name: 'Agregar otra medida' }).tap();
  await expect(page.getByRole('button', { name: 'Agregar otra medida' })).toHaveCount(0);
  await fillReading(page, 3, { sys: '300', dia: '81', pulse: '72', arm: 'Brazo izquierdo' });
  await next(page);
  // An unusual number: a gentle check, which the patient confirms as shown on the machine.
  const third = page.getByRole('region', { name: 'Medida 3' });
  await expect(third.getByText('Este número parece raro.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await third.getByLabel('El número es correcto, así aparece en el aparato').check();
  await next(page);

  await expectStep(page, 'Medicinas que toma');
  await choose(page, /Toma alguna medicina/, 'Sí');
  const name1 = page.getByRole('combobox', { name: 'Nombre de la medicina' });
  await name1.fill('xana');
  await page.getByRole('option', { name: 'Xanax (alprazolam)' }).tap();
  await expect(name1).toHaveValue('Xanax');
  await page.getByRole('button', { name: 'Agregar otra medicina' }).tap();
  const row2 = page.getByRole('region', { name: 'Medicina 2' });
  await row2.getByRole('combobox', { name: 'Nombre de la medicina' }).fill('Té de manzanilla');
  await row2.getByRole('textbox', { name: /Cuánto/ }).fill('1 taza');
  await expectNoAxeViolations(page);
  await next(page);

  await expectStep(page, 'Aerosoles para la nariz');
  await answerAll(page, 'No');
  await next(page);

  await expectStep(page, 'Su estado de ánimo');
  // The GAD-7 step, drawn ahead (transparent), carries the same attribution: this step's own.
  await expect(
    page.locator('[id="step-mood.phq9"]').getByText(/Elaborado por los doctores Robert L. Spitzer/),
  ).toBeVisible();
  await answerAll(page, 'Varios días');
  await choose(page, /qué tanta dificultad/, 'Un poco difícil');
  await next(page);

  await expectStep(page, 'Preocupación y nervios');
  await answerAll(page, 'Ningún día');
  await next(page);

  await expectStep(page, 'Revise sus respuestas');
  await expect(page.getByText('Tengo un marcapasos')).toBeVisible();
  await expect(page.getByText('300/81 mmHg, pulso 72, brazo izquierdo')).toBeVisible();
  await expect(page.getByText('Xanax', { exact: true })).toBeVisible();

  // Jump back to one section, change an answer, come straight back.
  await page.getByRole('button', { name: 'Cambiar: Sobre usted' }).tap();
  await expectStep(page, 'Su peso y estatura');
  await page.getByRole('textbox', { name: '¿Cuánto pesa?' }).fill('152');
  await next(page);
  await expectStep(page, 'Embarazo');
  await next(page);
  await expectStep(page, 'Revise sus respuestas');
  await expect(page.getByText('152 lb')).toBeVisible();

  await page.getByRole('button', { name: 'Enviar mis respuestas' }).tap();
  await expect(page.getByText('Marque la casilla para confirmar, por favor.')).toBeVisible();
  await page.getByLabel('Mis respuestas son verdaderas y completas, hasta donde yo sé.').check();
  await page
    .getByRole('textbox', { name: 'Escriba su nombre completo' })
    .fill(`Rosa ${visit.familyName}`);
  await page.getByRole('button', { name: 'Enviar mis respuestas' }).tap();

  await expect(page.getByRole('heading', { name: '¡Gracias!' })).toBeVisible();
  await expect(page.getByText(/988/)).toBeVisible();
  await expectNoAxeViolations(page);
  // The patient never sees a flag, a score or any wording about whether they may be treated.
  await expect(page.locator('body')).not.toContainText(/bandera|puntaje|elegib|urgente/i);
  await expect.poll(() => nurse.submissionsFor(visit.visitId)).toBe(1);
  await page.context().close();
});
