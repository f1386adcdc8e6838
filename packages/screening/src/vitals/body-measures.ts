import { roundToTenth } from './rounding';

// Rules and staff see weight in kg (IV/IM ketamine is dosed per kg), whatever the patient typed.

export const KG_PER_LB = 0.45359237;
export const CM_PER_IN = 2.54;

export function lbToKg(lb: number): number {
  return roundToTenth(lb * KG_PER_LB);
}

export function weightInKg(weight: { value: number; unit: 'kg' | 'lb' }): number {
  return weight.unit === 'kg' ? roundToTenth(weight.value) : lbToKg(weight.value);
}

export function heightInCm(height: { value: number; unit: 'cm' | 'in' }): number {
  return height.unit === 'cm' ? roundToTenth(height.value) : roundToTenth(height.value * CM_PER_IN);
}
