// The review screen's view of the answers: each section, each question shown, the answer in the
// patient's words and language.
import {
  ANSWER_ITEMS,
  SECTIONS,
  getAnswer,
  itemShown,
  localize,
  type AnswerItem,
  type LocalizedText,
} from '@preflight/screening';
import {
  INTAKE_SECTIONS,
  type IntakeLanguage,
  type IntakeSection,
} from '@preflight/screening/intake-machine';

export interface ReviewLine {
  linkId: string;
  question: string;
  /** One line per value (a reading, a medicine); empty when not answered. */
  answer: string[];
}

export interface ReviewSection {
  id: IntakeSection;
  title: string;
  lines: ReviewLine[];
}

const READING_WORDS: Record<IntakeLanguage, { pulse: string; left: string; right: string }> = {
  en: { pulse: 'pulse', left: 'left arm', right: 'right arm' },
  es: { pulse: 'pulso', left: 'brazo izquierdo', right: 'brazo derecho' },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function formatAnswer(item: AnswerItem, value: unknown, language: IntakeLanguage): string[] {
  if (value === undefined || value === null || value === '') return [];
  const t = (text: LocalizedText) => localize(text, language);
  switch (item.type) {
    case 'yesNoUnsure':
    case 'yesNo':
    case 'choice':
    case 'score': {
      const option = (item.options as readonly { value: unknown; label: LocalizedText }[]).find(
        (o) => o.value === value,
      );
      return option ? [t(option.label)] : [String(value)];
    }
    case 'integer':
    case 'text':
      return [String(value)];
    case 'quantity':
      return isRecord(value) ? [`${String(value.value)} ${String(value.unit)}`] : [];
    case 'readings': {
      if (!Array.isArray(value)) return [];
      const words = READING_WORDS[language];
      return value.filter(isRecord).map((reading) => {
        const arm =
          reading.arm === 'left' ? words.left : reading.arm === 'right' ? words.right : '';
        return `${String(reading.systolic)}/${String(reading.diastolic)} mmHg, ${words.pulse} ${String(reading.heartRate)}${arm ? `, ${arm}` : ''}`;
      });
    }
    case 'medList':
      if (!Array.isArray(value)) return [];
      return value
        .filter(isRecord)
        .map((entry) =>
          [entry.name, entry.dose, entry.frequency, entry.lastTaken]
            .filter((part) => typeof part === 'string' && part.trim() !== '')
            .join(' · '),
        );
    case 'attestation':
      return [];
  }
}

/** Every answering section with its shown questions, in questionnaire order. */
export function reviewSections(
  answers: unknown,
  visit: { plannedTreatment: string },
  language: IntakeLanguage,
): ReviewSection[] {
  return SECTIONS.filter((section): section is (typeof SECTIONS)[number] & { id: IntakeSection } =>
    (INTAKE_SECTIONS as readonly string[]).includes(section.id),
  ).map((section) => ({
    id: section.id,
    title: localize(section.title, language),
    lines: ANSWER_ITEMS.filter(
      (entry) =>
        entry.sectionId === section.id && itemShown(entry.item.linkId, answers, visit) === true,
    ).map(({ item }) => ({
      linkId: item.linkId,
      question: localize(item.text, language),
      answer: formatAnswer(item as AnswerItem, getAnswer(answers, item.linkId), language),
    })),
  }));
}

/**
 * `reviewSections` that hands back the section objects of its last result whose lines read the
 * same, so a memoised section view is drawn again only when what it shows changed.
 */
export function keptReviewSections(): typeof reviewSections {
  let last: readonly ReviewSection[] = [];
  return (answers, visit, language) => {
    const fresh = reviewSections(answers, visit, language);
    const kept = fresh.map((section) => {
      const before = last.find((candidate) => candidate.id === section.id);
      return before && sameSection(before, section) ? before : section;
    });
    last = kept;
    return kept;
  };
}

function sameSection(a: ReviewSection, b: ReviewSection): boolean {
  return (
    a.title === b.title &&
    a.lines.length === b.lines.length &&
    a.lines.every((line, i) => {
      const other = b.lines[i]!;
      return (
        line.linkId === other.linkId &&
        line.question === other.question &&
        line.answer.length === other.answer.length &&
        line.answer.every((value, j) => value === other.answer[j])
      );
    })
  );
}

/** The section a linkId (or a zod issue path turned linkId) belongs to. */
export function sectionOf(linkId: string): IntakeSection | null {
  const section = linkId.split(/[.[]/)[0];
  return (INTAKE_SECTIONS as readonly string[]).includes(section ?? '')
    ? (section as IntakeSection)
    : null;
}
