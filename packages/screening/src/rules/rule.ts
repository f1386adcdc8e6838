import type { DraftAnswers } from '../answers/answer-types';
import type { MedicationEntry } from '../answers/medication-entry';
import type { MedicationMatch } from '../medications';
import type { VisitContext } from '../visit/visit-context';
import type { CurrentReadingSet } from '../vitals/current-set';
import type { FlagValues } from './flag';
import type { Severity } from './severity';
import type { SourceKey } from './sources';

/** Means of the current reading set, each rounded half up before any comparison. */
export interface VitalsSummary {
  readonly set: CurrentReadingSet;
  readonly count: number;
  readonly meanSystolic: number;
  readonly meanDiastolic: number;
  readonly meanHeartRate: number;
  readonly linkIds: readonly string[];
}

export interface ListedMedication {
  readonly linkId: string;
  readonly entry: MedicationEntry;
  readonly match: MedicationMatch;
}

/** Everything a rule may read. Answers are already stripped of hidden items. */
export interface RuleContext {
  readonly answers: DraftAnswers;
  readonly visit: VisitContext;
  /** The only clock rules read. */
  readonly asOf: string;
  readonly ageYears: number | undefined;
  /** Undefined when the current set has no readings. */
  readonly vitals: VitalsSummary | undefined;
  readonly medications: readonly ListedMedication[];
}

/** What a rule returns; `evaluateFlags` adds the rule's id, version and severity. */
export interface RaisedFlag {
  /** For rules that raise one flag per item: the key becomes `ruleId:detail`. */
  readonly detail?: string;
  readonly linkIds: readonly string[];
  readonly values: FlagValues;
  readonly title: string;
  readonly rationale: string;
  /** Narrower than the rule's sources when only some apply to this case. */
  readonly source?: readonly SourceKey[];
}

export interface Rule {
  readonly id: string;
  readonly version: string;
  readonly severity: Severity;
  readonly contraindication: boolean;
  /** The answers the rule may read (staff readings count as `vitals.readings`). */
  readonly linkIds: readonly string[];
  readonly source: readonly SourceKey[];
  /** Staff-facing: when the rule fires. */
  readonly when: string;
  /** Pure: same context, same flags. */
  evaluate(ctx: RuleContext): readonly RaisedFlag[];
}
