// Every answer by section, as staff read it: chosen options by their English label whatever the
// patient's language, free text exactly as typed and marked with the patient's language, weight in
// kg and height in cm (screening.md: staff see kg) with what the patient typed beside it.
import {
  ANSWER_ITEMS,
  SECTIONS,
  englishLabel,
  englishQuestion,
  getAnswer,
  heightInCm,
  weightInKg,
  type Language,
} from '@preflight/screening';
import { formatDateTime } from './format';

function measureText(quantity: { value: number; unit: string }): string {
  if (quantity.unit === 'lb')
    return `${weightInKg({ value: quantity.value, unit: 'lb' })} kg (entered as ${quantity.value} lb)`;
  if (quantity.unit === 'in')
    return `${heightInCm({ value: quantity.value, unit: 'in' })} cm (entered as ${quantity.value} in)`;
  return `${quantity.value} ${quantity.unit}`;
}

export interface AnswerRow {
  linkId: string;
  question: string;
  /** What staff read: an English label, a number with its unit, or the patient's own words. */
  text: string;
  /** Set for free text: the language it was typed in (never machine-translated). */
  typedIn?: Language;
}

export interface AnswerSection {
  id: string;
  title: string;
  rows: AnswerRow[];
}

interface ReadingLike {
  systolic: number;
  diastolic: number;
  heartRate: number;
  arm: string;
  takenAt: string;
  confirmedOutOfRange?: boolean;
}

interface MedicationLike {
  name: string;
  dose?: string;
  frequency?: string;
  lastTaken?: string;
}

export function formatReading(reading: ReadingLike): string {
  const confirmed = reading.confirmedOutOfRange ? ' (out of range, confirmed as typed)' : '';
  return `${reading.systolic}/${reading.diastolic} mmHg, heart rate ${reading.heartRate}/min, ${reading.arm} arm${confirmed}`;
}

export function answerSections(answers: unknown, language: Language): AnswerSection[] {
  return SECTIONS.map((section) => {
    const rows: AnswerRow[] = [];
    for (const entry of ANSWER_ITEMS) {
      if (entry.sectionId !== section.id) continue;
      const { item } = entry;
      const value = getAnswer(answers, item.linkId);
      if (value === undefined) continue;
      const question = englishQuestion(item.linkId) ?? item.linkId;
      if (item.type === 'readings' && Array.isArray(value)) {
        (value as ReadingLike[]).forEach((reading, i) =>
          rows.push({
            linkId: `${item.linkId}[${i}]`,
            question: `Reading ${i + 1}`,
            text: `${formatReading(reading)}, taken ${formatDateTime(reading.takenAt)}`,
          }),
        );
      } else if (item.type === 'medList' && Array.isArray(value)) {
        (value as MedicationLike[]).forEach((med, i) =>
          rows.push({
            linkId: `${item.linkId}[${i}]`,
            question: `Medication ${i + 1}`,
            text: [
              med.name,
              med.dose && `dose ${med.dose}`,
              med.frequency && `how often: ${med.frequency}`,
              med.lastTaken && `last taken: ${med.lastTaken}`,
            ]
              .filter(Boolean)
              .join('; '),
            typedIn: language,
          }),
        );
      } else if (item.type === 'text') {
        rows.push({ linkId: item.linkId, question, text: String(value), typedIn: language });
      } else if (item.type === 'quantity') {
        rows.push({
          linkId: item.linkId,
          question,
          text: measureText(value as { value: number; unit: string }),
        });
      } else {
        const label = englishLabel(item.linkId, value);
        const score = item.type === 'score' ? ` (${String(value)})` : '';
        rows.push({ linkId: item.linkId, question, text: `${label}${score}` });
      }
    }
    return { id: section.id, title: section.title.en, rows };
  }).filter((section) => section.rows.length > 0);
}
