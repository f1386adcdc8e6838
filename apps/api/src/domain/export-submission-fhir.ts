import { randomUUID } from 'node:crypto';
// A submission as a FHIR R4 Bundle for the clinic's record: the patient, the QuestionnaireResponse,
// blood-pressure panels and heart rates (patient and staff readings), MedicationStatements, the
// current Flags, and a Provenance for the clinician's sign-off. Each export is audited.
import { englishLabel, englishQuestion, type Answers } from '@preflight/screening';
import type { Database } from '../db/client.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { PREFLIGHT_SYSTEM, QUESTIONNAIRE_URL } from './questionnaire-fhir.js';
import { loadSubmissionRecord } from './get-submission.js';
import { recordAudit } from './record-audit.js';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const vitalSigns = [
  {
    coding: [
      {
        system: 'http://terminology.hl7.org/CodeSystem/observation-category',
        code: 'vital-signs',
      },
    ],
  },
];

type Json = Record<string, unknown>;

/** Nests answers into QuestionnaireResponse items, the linkId of each being its dotted path. */
function responseItems(value: unknown, path: string): Json[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    return value.map((entry, i) => ({
      linkId: path,
      ...(typeof entry === 'object'
        ? { item: responseItems(entry, `${path}[${i}]`).flat() }
        : { answer: [answerOf(path, entry)] }),
    }));
  }
  if (typeof value === 'object') {
    return Object.entries(value as Json).flatMap(([key, child]) => {
      const childPath = path ? `${path}.${key}` : key;
      if (Array.isArray(child)) return responseItems(child, childPath);
      if (child !== null && typeof child === 'object' && !('unit' in (child as Json))) {
        return [{ linkId: childPath, item: responseItems(child, childPath) }];
      }
      return [
        {
          linkId: childPath,
          ...(englishQuestion(childPath) ? { text: englishQuestion(childPath) } : {}),
          answer: [answerOf(childPath, child)],
        },
      ];
    });
  }
  return [];
}

function answerOf(linkId: string, value: unknown): Json {
  if (typeof value === 'boolean') return { valueBoolean: value };
  if (typeof value === 'number') return { valueInteger: value };
  if (value && typeof value === 'object' && 'unit' in (value as Json)) {
    const q = value as { value: number; unit: string };
    return {
      valueQuantity: {
        value: q.value,
        unit: q.unit,
        system: UCUM,
        code: q.unit === 'in' ? '[in_i]' : q.unit === 'lb' ? '[lb_av]' : q.unit,
      },
    };
  }
  const text = String(value);
  const label = englishLabel(linkId.replace(/\[\d+\]/g, ''), value);
  return label && label !== text
    ? {
        valueCoding: {
          system: `${PREFLIGHT_SYSTEM}/CodeSystem/answers`,
          code: text,
          display: label,
        },
      }
    : { valueString: text };
}

export async function exportSubmissionFhir(
  db: Database,
  staff: StaffContext,
  submissionId: string,
  now: Date,
) {
  const record = await loadSubmissionRecord(db, staff, submissionId);
  const { submission, visit } = record;
  await recordAudit(db, {
    at: now,
    actorType: 'staff',
    actorId: staff.user.id,
    action: 'submission.exported',
    subjectType: 'submission',
    subjectId: submission.id,
    siteId: submission.siteId,
    detail: { format: 'fhir-r4' },
  });
  const names = new Map(record.people.map((p) => [p.id, p.displayName]));
  const urn = (id: string) => `urn:uuid:${id}`;
  const patientRef = { reference: urn(visit.id) };
  const responseRef = { reference: urn(submission.id) };
  const answers = submission.answers as Answers;
  const entries: Json[] = [];
  const add = (id: string, resource: Json) => entries.push({ fullUrl: urn(id), resource });

  add(visit.id, {
    resourceType: 'Patient',
    ...(visit.mrn ? { identifier: [{ type: { text: 'MRN' }, value: visit.mrn }] } : {}),
    name: [{ given: [visit.givenName], family: visit.familyName }],
    birthDate: visit.birthDate,
  });
  add(submission.id, {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${QUESTIONNAIRE_URL}|${submission.questionnaireVersion}`,
    status: 'completed',
    subject: patientRef,
    authored: submission.submittedAt.toISOString(),
    language: submission.language,
    item: responseItems(answers, ''),
  });

  const readings = [
    ...(answers.vitals?.readings ?? []).map((r) => ({ ...r, performer: 'patient' as const })),
    ...record.readings.map((r) => ({
      systolic: r.systolic,
      diastolic: r.diastolic,
      heartRate: r.heartRate,
      arm: r.arm,
      takenAt: r.takenAt.toISOString(),
      performer: names.get(r.byUserId) ?? 'staff',
    })),
  ];
  for (const r of readings) {
    const shared = {
      status: 'final',
      category: vitalSigns,
      subject: patientRef,
      effectiveDateTime: r.takenAt,
      ...(r.performer === 'patient'
        ? { derivedFrom: [responseRef], note: [{ text: 'Measured by the patient' }] }
        : { performer: [{ display: r.performer }] }),
    };
    add(randomUUID(), {
      resourceType: 'Observation',
      ...shared,
      code: {
        coding: [
          {
            system: LOINC,
            code: '85354-9',
            display: 'Blood pressure panel with all children optional',
          },
        ],
      },
      bodySite: { text: `${r.arm} arm` },
      component: [
        {
          code: { coding: [{ system: LOINC, code: '8480-6', display: 'Systolic blood pressure' }] },
          valueQuantity: { value: r.systolic, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
        },
        {
          code: {
            coding: [{ system: LOINC, code: '8462-4', display: 'Diastolic blood pressure' }],
          },
          valueQuantity: { value: r.diastolic, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
        },
      ],
    });
    add(randomUUID(), {
      resourceType: 'Observation',
      ...shared,
      code: { coding: [{ system: LOINC, code: '8867-4', display: 'Heart rate' }] },
      valueQuantity: { value: r.heartRate, unit: 'beats/minute', system: UCUM, code: '/min' },
    });
  }

  if (answers.meds?.takesAny === 'yes') {
    for (const med of answers.meds.list ?? []) {
      const dosage = [med.dose, med.frequency].filter(Boolean).join(', ');
      add(randomUUID(), {
        resourceType: 'MedicationStatement',
        status: 'active',
        medicationCodeableConcept: { text: med.name },
        subject: patientRef,
        derivedFrom: [responseRef],
        informationSource: patientRef,
        ...(dosage ? { dosage: [{ text: dosage }] } : {}),
        ...(med.lastTaken ? { note: [{ text: `Last taken: ${med.lastTaken}` }] } : {}),
      });
    }
  }

  const flagIds: string[] = [];
  for (const f of record.flagRows.filter(
    (f) => f.evaluationId === submission.currentEvaluationId,
  )) {
    const detail = f.detail as { title: string; rationale: string; source: string[] };
    const id = randomUUID();
    flagIds.push(id);
    add(id, {
      resourceType: 'Flag',
      status: 'active',
      category: [
        { coding: [{ system: `${PREFLIGHT_SYSTEM}/CodeSystem/flag-severity`, code: f.severity }] },
      ],
      code: {
        coding: [
          {
            system: `${PREFLIGHT_SYSTEM}/CodeSystem/rules`,
            code: f.ruleId,
            version: f.ruleVersion,
          },
        ],
        text: detail.title,
      },
      subject: patientRef,
      extension: [
        { url: `${PREFLIGHT_SYSTEM}/StructureDefinition/flag-key`, valueString: f.key },
        {
          url: `${PREFLIGHT_SYSTEM}/StructureDefinition/contraindication`,
          valueBoolean: f.contraindication,
        },
        { url: `${PREFLIGHT_SYSTEM}/StructureDefinition/rationale`, valueString: detail.rationale },
        {
          url: `${PREFLIGHT_SYSTEM}/StructureDefinition/source`,
          valueString: detail.source.join('; '),
        },
      ],
    });
  }

  if (record.signOff) {
    const s = record.signOff;
    add(randomUUID(), {
      resourceType: 'Provenance',
      target: [responseRef, ...flagIds.map((id) => ({ reference: urn(id) }))],
      recorded: s.at.toISOString(),
      activity: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
            code: 'VRF',
            display: 'verifier',
          },
        ],
        text: `Clinician sign-off: ${s.decision}`,
      },
      agent: [
        {
          type: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
                code: 'verifier',
              },
            ],
          },
          who: { display: names.get(s.byUserId) ?? 'Clinician' },
        },
      ],
      extension: [
        { url: `${PREFLIGHT_SYSTEM}/StructureDefinition/sign-off-decision`, valueCode: s.decision },
        ...(s.note
          ? [{ url: `${PREFLIGHT_SYSTEM}/StructureDefinition/sign-off-note`, valueString: s.note }]
          : []),
      ],
    });
  }

  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now.toISOString(),
    identifier: { system: `${PREFLIGHT_SYSTEM}/submission`, value: submission.id },
    entry: entries,
  };
}
