import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_VERSION, RULE_SET_VERSION } from '@preflight/screening';
import { databaseKinds, useTestApp } from '../test/test-app.js';

interface FhirItem {
  linkId: string;
  type: string;
  answerOption?: Array<{ valueCoding?: { code: string; display: string }; valueInteger?: number }>;
  enableWhen?: Array<{ question: string; operator: string; answerCoding?: { code: string } }>;
  item?: FhirItem[];
}

const flatten = (items: FhirItem[]): FhirItem[] =>
  items.flatMap((item) => [item, ...flatten(item.item ?? [])]);

describe.each(databaseKinds)('the questionnaire on %s', (kind) => {
  const { t } = useTestApp(kind);

  it('serves the current definition with its versions and rule ids, to anyone', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/questionnaire' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.questionnaireVersion).toBe(QUESTIONNAIRE_VERSION);
    expect(body.ruleSetVersion).toBe(RULE_SET_VERSION);
    expect(body.rules.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining(['cardio.aneurysm', 'mood.self-harm', 'vitals.severe']),
    );
    expect(body.questionnaire.sections.map((s: { id: string }) => s.id)).toContain('cardio');
  });

  it('exports a FHIR R4 Questionnaire with linkIds, types, answer options and enableWhen', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/questionnaire/fhir' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/fhir+json');
    const q = response.json<{ resourceType: string; version: string; item: FhirItem[] }>();
    expect(q.resourceType).toBe('Questionnaire');
    expect(q.version).toBe(QUESTIONNAIRE_VERSION);
    const items = flatten(q.item);
    const aneurysm = items.find((i) => i.linkId === 'cardio.aneurysm')!;
    expect(aneurysm.type).toBe('choice');
    expect(aneurysm.answerOption!.map((o) => o.valueCoding!.code)).toEqual(['yes', 'no', 'unsure']);
    const controlled = items.find((i) => i.linkId === 'cardio.highBloodPressureControlled')!;
    expect(controlled.enableWhen).toEqual([
      expect.objectContaining({
        question: 'cardio.highBloodPressure',
        operator: '=',
        answerCoding: expect.objectContaining({ code: 'yes' }),
      }),
    ]);
    const q9 = items.find((i) => i.linkId === 'mood.phq9.q9')!;
    expect(q9.answerOption!.map((o) => o.valueInteger)).toEqual([0, 1, 2, 3]);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json<{ paths: object }>().paths);
    for (const path of [
      '/api/intake/draft',
      '/api/submissions/{id}/sign-off',
      '/api/submissions/{id}/flags/{key}/ack',
      '/api/visits/{id}/cancel',
    ])
      expect(paths).toContain(path);
  });
});
